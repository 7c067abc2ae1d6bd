# ruff: noqa: E501
"""The theme plots: first-page introductions, titles and each theme's five plot beats.

A plot has an opening, a gentle problem, a turn (the small obstacle or doubt), a solution and
a warm ending. Bedtime, space and ocean also have a transition into their world and their own way of
setting out. Slots: `{n}` the child, `{c}` the companion, `{h}` the helper,
`{age}` the age in words, `{t}` the quoted theme (generic plot only).
"""

TEXT = """
# ---------------------------------------------------------------- first-page introductions
@intro.village
vocab: @c village friend
en: {n} was {age} years old and lived in a little village. {n.s} best friend was {c.a} named {c}.
ko: {n.eun} 작은 마을에 사는 {age} 살 아이였어요. {n}에게는 {c.the} {c.ran} 단짝 친구가 있었어요.
ja: {n}は、小さな村にすむ{age}さいの子どもでした。{n}のいちばんの友だちは、{c.the}の{c}でした。
zh: {n}今年{age}岁，住在一个小村子里。{n}最好的朋友是一{c.cl}名叫{c}的{c.the}。
es: {n} tenía {age} años y vivía en un pequeño pueblo. {c.Bf} de {n} era {c.a} que se llamaba {c}.
vi: Bé {n} năm nay {age} tuổi, sống ở một ngôi làng nhỏ. Bạn thân nhất của {n} là {c.a} tên là {c}.
fr: {n} a {age} ans et habite dans un petit village. {c.Bf} {n.de} est {c.a} qui s'appelle {c}.
de: {n} war {age} Jahre alt und wohnte in einem kleinen Dorf. {n.gen} {c.bf} war {c.a_nom} namens {c}.

@intro.seaside
vocab: @c sea house friend
en: {n} was {age} years old and lived in a little house by the sea. {n.s} best friend was {c.a} named {c}.
ko: {n.eun} 바닷가 작은 집에 사는 {age} 살 아이였어요. {n}에게는 {c.the} {c.ran} 단짝 친구가 있었어요.
ja: {n}は、海べの小さな家にすむ{age}さいの子どもでした。{n}のいちばんの友だちは、{c.the}の{c}でした。
zh: {n}今年{age}岁，住在海边的一座小房子里。{n}最好的朋友是一{c.cl}名叫{c}的{c.the}。
es: {n} tenía {age} años y vivía en una pequeña casa junto al mar. {c.Bf} de {n} era {c.a} que se llamaba {c}.
vi: Bé {n} năm nay {age} tuổi, sống trong một ngôi nhà nhỏ bên bờ biển. Bạn thân nhất của {n} là {c.a} tên là {c}.
fr: {n} a {age} ans et habite dans une petite maison au bord de la mer. {c.Bf} {n.de} est {c.a} qui s'appelle {c}.
de: {n} war {age} Jahre alt und wohnte in einem kleinen Haus am Meer. {n.gen} {c.bf} war {c.a_nom} namens {c}.

@intro.hill
vocab: @c house hill friend
en: {n} was {age} years old and lived in a little house on a hill. {n.s} best friend was {c.a} named {c}.
ko: {n.eun} 언덕 위 작은 집에 사는 {age} 살 아이였어요. {n}에게는 {c.the} {c.ran} 단짝 친구가 있었어요.
ja: {n}は、おかの上の小さな家にすむ{age}さいの子どもでした。{n}のいちばんの友だちは、{c.the}の{c}でした。
zh: {n}今年{age}岁，住在山坡上的一座小房子里。{n}最好的朋友是一{c.cl}名叫{c}的{c.the}。
es: {n} tenía {age} años y vivía en una pequeña casa en una colina. {c.Bf} de {n} era {c.a} que se llamaba {c}.
vi: Bé {n} năm nay {age} tuổi, sống trong một ngôi nhà nhỏ trên đồi. Bạn thân nhất của {n} là {c.a} tên là {c}.
fr: {n} a {age} ans et habite dans une petite maison sur une colline. {c.Bf} {n.de} est {c.a} qui s'appelle {c}.
de: {n} war {age} Jahre alt und wohnte in einem kleinen Haus auf einem Hügel. {n.gen} {c.bf} war {c.a_nom} namens {c}.

# ---------------------------------------------------------------- titles
@title.friendship
en: {n} and the New Friend
ko: {n.wa} 새 친구
ja: {n}とあたらしい友だち
zh: {n}和新朋友
es: {n} y el nuevo amigo
vi: {n} và người bạn mới
fr: {n} et le nouvel ami
de: {n} und der neue Freund

@title.courage
en: {n} and the Glowing Flower
ko: {n.wa} 빛나는 꽃
ja: {n}とひかる花
zh: {n}和发光的花
es: {n} y la flor brillante
vi: {n} và bông hoa phát sáng
fr: {n} et la fleur lumineuse
de: {n} und die leuchtende Blume

@title.kindness
en: {n} and the Little Nest
ko: {n.wa} 작은 둥지
ja: {n}と小さな巣
zh: {n}和小小的鸟窝
es: {n} y el nido nuevo
vi: {n} và chiếc tổ nhỏ
fr: {n} et le petit nid
de: {n} und das kleine Nest

@title.sharing
en: {n} and the Strawberry Picnic
ko: {n}의 딸기 소풍
ja: {n}のいちごピクニック
zh: {n}的草莓野餐
es: {n} y el pícnic de fresas
vi: {n} và buổi dã ngoại dâu tây
fr: {n} et le pique-nique aux fraises
de: {n} und das Erdbeer-Picknick

@title.family
en: {n} and Grandma's Birthday
ko: {n.wa} 할머니의 생일
ja: {n}とおばあちゃんのおたんじょう日
zh: {n}和奶奶的生日
es: {n} y el cumpleaños de la abuela
vi: {n} và sinh nhật của bà
fr: {n} et l'anniversaire de Grand-mère
de: {n} und Omas Geburtstag

@title.nature
en: {n} and the Thirsty Meadow
ko: {n.wa} 목마른 들판
ja: {n}とのどのかわいた野原
zh: {n}和口渴的草地
es: {n} y la pradera sedienta
vi: {n} và đồng cỏ khát nước
fr: {n} et la prairie assoiffée
de: {n} und die durstige Wiese

@title.adventure
en: {n} and the Secret Map
ko: {n.wa} 비밀 지도
ja: {n}とひみつの地図
zh: {n}和神秘地图
es: {n} y el mapa secreto
vi: {n} và tấm bản đồ bí mật
fr: {n} et la carte secrète
de: {n} und die geheime Karte

@title.honesty
en: {n} Tells the Truth
ko: 진실을 말한 {n}
ja: ほんとうのことを言った{n}
zh: {n}说真话
es: {n} dice la verdad
vi: {n} nói thật
fr: {n} dit la vérité
de: {n} sagt die Wahrheit

@title.bedtime
en: Goodnight, {n}
ko: 잘 자, {n.ya}
ja: おやすみ、{n}
zh: 晚安，{n}
es: Buenas noches, {n}
vi: Chúc ngủ ngon, {n}
fr: Bonne nuit, {n}
de: Gute Nacht, {n}

@title.space
en: {n} and the Little Lost Star
ko: {n.wa} 길 잃은 아기 별
ja: {n}とまいごの小さな星
zh: {n}和迷路的小星星
es: {n} y la estrella perdida
vi: {n} và ngôi sao nhỏ bị lạc
fr: {n} et la petite étoile perdue
de: {n} und der kleine verirrte Stern

@title.ocean
en: {n} and the Rainbow Pearl
ko: {n.wa} 무지개 진주
ja: {n}とにじいろのしんじゅ
zh: {n}和彩虹珍珠
es: {n} y la perla arcoíris
vi: {n} và viên ngọc trai cầu vồng
fr: {n} et la perle arc-en-ciel
de: {n} und die Regenbogen-Perle

@title.generic
en: {n} and the Golden Key
ko: {n.wa} 황금 열쇠
ja: {n}と金色のかぎ
zh: {n}和金钥匙
es: {n} y la llave dorada
vi: {n} và chiếc chìa khóa vàng
fr: {n} et la clé d'or
de: {n} und der goldene Schlüssel

# ---------------------------------------------------------------- friendship
@friendship.opening
set: village
time: morning
scene: running off to play tag with friends
vocab: park friend
en: Every morning, {n} and {c} played with their friends in the park. | They played tag and hide-and-seek, and their laughter bounced all over the village.
ko: 아침마다 {n.wa} {c.eun} 공원에서 친구들과 놀았어요. | 술래잡기도 하고 숨바꼭질도 하면서, 웃음소리가 온 마을에 울려 퍼졌어요.
ja: 毎朝、{n}と{c}は公園で友だちとあそびました。 | おにごっこやかくれんぼをして、わらい声が村じゅうにひびきました。
zh: 每天早上，{n}和{c}都在公园里和朋友们一起玩。 | 他们玩捉人游戏和捉迷藏，笑声传遍了整个村子。
es: Cada mañana, {n} y {c} jugaban con sus amigos en el parque. | Jugaban al pillapilla y al escondite, y sus risas llenaban todo el pueblo.
vi: Sáng nào {n} và {c} cũng chơi cùng các bạn trong công viên. | Các bạn chơi đuổi bắt, chơi trốn tìm, và tiếng cười vang khắp ngôi làng.
fr: Chaque matin, {n} et {c} jouent avec leurs amis au parc. | Ils jouent à chat et à cache-cache, et leurs rires résonnent dans tout le village.
de: Jeden Morgen spielten {n} und {c} mit ihren Freunden im Park. | Sie spielten Fangen und Verstecken, und ihr Lachen hallte durch das ganze Dorf.

@friendship.problem
set: park
scene: noticing {h} sitting all alone under a tree
vocab: park gift @h
en: In the park, {n} saw {h.a} sitting all alone. “Let's make a welcome gift!” said {n}. | {c} nodded, because {h.the} was new in the village and had no friends yet.
ko: 공원에서 {n.eun} 혼자 앉아 있는 {h.eul} 보았어요. “환영 선물을 만들어 주자!” {n.i} 말했어요. | {c}도 고개를 끄덕였어요. {h.eun} 마을에 새로 와서 아직 친구가 없었거든요.
ja: 公園で、{n}はひとりぼっちですわっている{h}を見つけました。「ようこそのプレゼントをつくろう！」と{n}は言いました。 | {c}もうなずきました。{h}は村にひっこしてきたばかりで、まだ友だちがいなかったのです。
zh: 在公园里，{n}看见{h.a}孤零零地坐着。“我们来做一份欢迎礼物吧！”{n}说。 | {c}点点头，因为{h}刚搬到村子里，还没有朋友。
es: En el parque, {n} vio {h.a} sentado solito. «¡Hagamos un regalo de bienvenida!», dijo {n}. | {c} asintió, porque {h.the} era nuevo en el pueblo y todavía no tenía amigos.
vi: Trong công viên, {n} thấy {h.a} ngồi một mình. “Mình cùng làm một món quà chào mừng nhé!” {n} nói. | {c} gật đầu, vì {h} mới chuyển đến làng và chưa có người bạn nào.
fr: Au parc, {n} voit {h.a} assis tout seul. « Faisons-lui un cadeau de bienvenue ! » dit {n}. | {c} est d'accord, car {h.the} vient d'arriver au village et n'a pas encore d'amis.
de: Im Park sah {n} {h.a_acc}, der ganz allein dasaß. „Lass uns ein Geschenk zur Begrüßung machen!“, sagte {n}. | {c} nickte, denn {h.nom} war neu im Dorf und hatte noch keine Freunde.

@friendship.turn
set: -
scene: sitting together with a small wrapped gift, looking a little shy
vocab: gift @h heart
en: {n} suddenly felt shy. “What if {h.the} doesn't like our gift?” | “A gift from the heart is always special,” said {c}, and gave {n} a warm smile.
ko: {n.eun} 갑자기 부끄러워졌어요. “{h.i} 우리 선물을 안 좋아하면 어떡하지?” | “마음을 담은 선물은 언제나 특별해.” {c.i} 따뜻하게 웃으며 말했어요.
ja: {n}はきゅうにはずかしくなりました。「{h}が、わたしたちのプレゼントを気に入らなかったらどうしよう？」 | 「心をこめたプレゼントは、いつだってとくべつだよ」と{c}はやさしくほほえみました。
zh: {n}突然有点害羞。“要是{h}不喜欢我们的礼物怎么办？” | “用心准备的礼物，永远都是特别的。”{c}温暖地笑着说。
es: De pronto, {n} sintió vergüenza. «¿Y si {h.al} no le gusta nuestro regalo?» | «Un regalo hecho con el corazón siempre es especial», dijo {c} con una sonrisa cálida.
vi: Bỗng nhiên {n} thấy ngại ngùng. “Lỡ {h} không thích quà của chúng mình thì sao?” | “Món quà làm bằng cả trái tim luôn đặc biệt,” {c} mỉm cười ấm áp.
fr: Soudain, {n} se sent un peu timide. « Et si {h.the} n'aime pas notre cadeau ? » | « Un cadeau fait avec le cœur est toujours spécial », dit {c} avec un grand sourire.
de: Plötzlich fühlte sich {n} ein bisschen schüchtern. „Was ist, wenn {h.dat} unser Geschenk nicht gefällt?“ | „Ein Geschenk von Herzen ist immer etwas Besonderes“, sagte {c} und lächelte warm.

@friendship.solution
set: park
scene: giving a gift to {h} and inviting them to play
vocab: gift @h friend
en: {n} gave the gift to {h.the}. “Do you want to play with us?” | {h.The} smiled a big smile, and soon all three of them were laughing and playing together.
ko: {n.eun} {h}에게 선물을 주었어요. “우리랑 같이 놀래?” | {h.eun} 활짝 웃었어요. 곧 셋은 함께 웃으며 신나게 놀았답니다.
ja: {n}は{h}にプレゼントをわたしました。「いっしょにあそばない？」 | {h}はにっこりわらいました。まもなく、みんなでわらいながらあそびました。
zh: {n}把礼物送给了{h}。“你想和我们一起玩吗？” | {h}露出了大大的笑容。很快，他们三个就一起开心地笑着、玩着。
es: {n} le dio el regalo {h.al}. «¿Quieres jugar con nosotros?» | {h.The} sonrió de oreja a oreja, y muy pronto los tres reían y jugaban juntos.
vi: {n} tặng quà cho {h}. “Bạn có muốn chơi cùng chúng mình không?” | {h.The} cười thật tươi, và chẳng mấy chốc cả ba cùng nhau vui đùa rộn rã.
fr: {n} offre le cadeau {h.au}. « Tu veux jouer avec nous ? » | {h.The} fait un grand sourire, et bientôt, tous les trois rient et jouent ensemble.
de: {n} gab {h.dat} das Geschenk. „Möchtest du mit uns spielen?“ | {h.Nom} lächelte über das ganze Gesicht, und bald lachten und spielten alle drei zusammen.

@friendship.ending
set: bedroom
time: night
scene: snuggled in bed, smiling about a wonderful day
vocab: friend bed night
en: That night, {n} smiled in bed. Now {n} had a new friend! | Friends make every day brighter, and there is always room for one more.
ko: 그날 밤, {n.eun} 침대에서 빙그레 웃었어요. 이제 새 친구가 생겼거든요! | 친구는 하루하루를 더 환하게 만들어 줘요. 그리고 새 친구를 위한 자리는 언제나 있답니다.
ja: その夜、{n}はベッドでにっこりしました。あたらしい友だちができたのです！ | 友だちがいると、毎日がもっとかがやきます。そして、あたらしい友だちのための場所は、いつだってあるのです。
zh: 那天晚上，{n}躺在床上甜甜地笑了。{n}有了一个新朋友！ | 朋友让每一天都更加明亮，而且心里总有位置留给新朋友。
es: Esa noche, {n} sonreía en la cama. ¡Ahora tenía un nuevo amigo! | Los amigos hacen que cada día brille más, y siempre hay sitio para uno más.
vi: Đêm hôm ấy, {n} nằm trên giường mỉm cười. Giờ đây {n} đã có thêm một người bạn mới! | Bạn bè làm mỗi ngày thêm tươi sáng, và lúc nào cũng còn chỗ cho thêm một người bạn nữa.
fr: Cette nuit-là, {n} sourit dans son lit. Maintenant, {n} a un nouvel ami ! | Les amis rendent chaque jour plus lumineux, et il y a toujours de la place pour un ami de plus.
de: In dieser Nacht lächelte {n} im Bett. Jetzt hatte {n} einen neuen Freund! | Freunde machen jeden Tag heller, und es ist immer Platz für noch einen Freund.

# ---------------------------------------------------------------- courage
@courage.opening
set: village
time: morning
scene: helping to hang paper lanterns across the street
vocab: festival lantern village
en: Tonight was the Lantern Festival! But {n} was a little afraid of the dark. | Everyone in the village was busy hanging lanterns, and {n} and {c} helped too.
ko: 오늘 밤은 등불 축제예요! 하지만 {n.eun} 어둠이 조금 무서웠어요. | 마을 사람들은 모두 등불을 다느라 바빴고, {n.wa} {c}도 열심히 도왔어요.
ja: 今夜はちょうちんまつり！でも{n}は、くらやみが少しこわかったのです。 | 村のみんなはちょうちんをかざるのにいそがしく、{n}と{c}もおてつだいしました。
zh: 今晚是灯笼节！可是{n}有一点怕黑。 | 村子里的每个人都在忙着挂灯笼，{n}和{c}也来帮忙。
es: ¡Esta noche era la Fiesta de los Faroles! Pero a {n} le daba un poco de miedo la oscuridad. | Todo el pueblo estaba colgando faroles, y {n} y {c} también ayudaban.
vi: Tối nay là Lễ hội Đèn lồng! Nhưng {n} hơi sợ bóng tối. | Cả làng tất bật treo đèn lồng, và {n} cùng {c} cũng phụ một tay.
fr: Ce soir, c'est la fête des lanternes ! Mais {n} a un peu peur du noir. | Tout le village accroche des lanternes, et {n} et {c} aident aussi.
de: Heute Abend war das Fest der Laternen! Aber {n} hatte ein bisschen Angst vor der Dunkelheit. | Im ganzen Dorf hängten alle Laternen auf, und {n} und {c} halfen mit.

@courage.problem
set: village
scene: looking up at a big unlit lantern with grandma
vocab: lantern flower mountain
en: Oh no! The big lantern would not shine. Only a glowing flower from the mountain could help. | “The mountain is far away,” said Grandma, “but a brave heart can get there.”
ko: 이런! 커다란 등불에 불이 켜지지 않았어요. 산에 피는 빛나는 꽃만이 도울 수 있대요. | “산은 멀리 있단다.” 할머니가 말했어요. “하지만 용감한 마음이라면 갈 수 있지.”
ja: たいへん！大きなちょうちんに、あかりがつきません。山にさく、ひかる花だけがたすけてくれるのです。 | 「山は遠いよ」とおばあちゃんは言いました。「でも、ゆうかんな心があれば、きっとたどりつけるよ」
zh: 哎呀！大灯笼亮不起来了。只有山上那朵会发光的花才能帮忙。 | “那座山很远，”奶奶说，“可是勇敢的心一定能到达那里。”
es: ¡Oh, no! El gran farol no se encendía. Solo una flor brillante de la montaña podía ayudar. | «La montaña está lejos», dijo la abuela, «pero un corazón valiente puede llegar».
vi: Ôi không! Chiếc đèn lồng lớn không sáng lên được. Chỉ có bông hoa phát sáng trên núi mới giúp được thôi. | “Ngọn núi ở xa lắm,” bà nói, “nhưng một trái tim dũng cảm sẽ đến được nơi đó.”
fr: Oh non ! La grande lanterne ne s'allume pas. Seule une fleur lumineuse de la montagne peut l'aider. | « La montagne est loin, dit Grand-mère, mais un cœur courageux peut y arriver. »
de: Oh nein! Die große Laterne leuchtete nicht. Nur eine leuchtende Blume vom Berg konnte helfen. | „Der Berg ist weit weg“, sagte Oma, „aber ein mutiges Herz schafft es bis dorthin.“

@courage.turn
set: river
scene: crossing a wobbly rope bridge step by step
vocab: bridge river
en: The old bridge over the river wobbled. {n} took a deep breath and crossed, step by step. | “Being brave doesn't mean you're not scared,” said {c}. “It means you try anyway.”
ko: 강 위의 낡은 다리가 흔들흔들했어요. {n.eun} 숨을 크게 쉬고 한 걸음 한 걸음 건넜어요. | “용감하다는 건 무섭지 않은 게 아니야.” {c.i} 말했어요. “무서워도 해 보는 거야.”
ja: 川の上の古い橋が、ぐらぐらゆれました。{n}は大きくいきをすって、一歩ずつわたりました。 | 「ゆうかんって、こわくないことじゃないんだよ」と{c}は言いました。「こわくても、やってみることなんだ」
zh: 河上的旧桥摇摇晃晃。{n}深深吸了一口气，一步一步走了过去。 | “勇敢不是不害怕，”{c}说，“而是害怕了也愿意试一试。”
es: El viejo puente sobre el río se tambaleaba. {n} respiró hondo y cruzó, paso a paso. | «Ser valiente no es no tener miedo», dijo {c}. «Es intentarlo de todos modos».
vi: Cây cầu cũ bắc qua sông cứ lắc lư. {n} hít một hơi thật sâu rồi bước qua, từng bước một. | “Dũng cảm không phải là không sợ,” {c} nói. “Mà là dù sợ vẫn cố gắng.”
fr: Le vieux pont sur la rivière bouge. {n} respire très fort et traverse, pas à pas. | « Être courageux, ce n'est pas ne jamais avoir peur, dit {c}. C'est essayer quand même. »
de: Die alte Brücke über den Fluss wackelte. {n} atmete tief ein und ging hinüber, Schritt für Schritt. | „Mutig sein heißt nicht, keine Angst zu haben“, sagte {c}. „Es heißt, es trotzdem zu versuchen.“

@courage.solution
set: mountain
scene: finding a small glowing flower at the top of a mountain
vocab: mountain flower star
en: At the top of the mountain, a little flower glowed like a star. {n} picked it very gently. | Its soft, golden light made {n} feel warm and brave inside.
ko: 산꼭대기에 작은 꽃 한 송이가 별처럼 빛나고 있었어요. {n.eun} 꽃을 아주 살며시 땄어요. | 부드럽고 따스한 금빛이 {n}의 마음을 따뜻하고 용감하게 해 주었어요.
ja: 山のてっぺんで、小さな花が星のようにひかっていました。{n}は、そっと花をつみました。 | やわらかな金色のひかりで、{n}の心はあたたかく、ゆうきでいっぱいになりました。
zh: 在山顶上，一朵小花像星星一样闪闪发光。{n}轻轻地把它摘了下来。 | 柔和的金色光芒让{n}的心里暖暖的，充满了勇气。
es: En la cima de la montaña, una pequeña flor brillaba como una estrella. {n} la recogió con mucho cuidado. | Su luz suave y dorada llenó a {n} de calor y de valentía.
vi: Trên đỉnh núi, một bông hoa nhỏ tỏa sáng như một vì sao. {n} nhẹ nhàng hái bông hoa. | Ánh sáng vàng dịu dàng khiến lòng {n} thấy ấm áp và dũng cảm hơn.
fr: Au sommet de la montagne, une petite fleur brille comme une étoile. {n} la cueille tout doucement. | Sa douce lumière dorée remplit le cœur {n.de} de chaleur et de courage.
de: Oben auf dem Berg leuchtete eine kleine Blume wie ein Stern. {n} pflückte sie ganz vorsichtig. | Ihr sanftes, goldenes Licht machte {n} innen ganz warm und mutig.

@courage.ending
set: village
time: night
scene: watching a big glowing lantern light up the festival
vocab: lantern night
en: That night, the big lantern glowed bright. Everyone cheered for {n} and {c}! | {n} smiled. Being brave felt like carrying a little light inside.
ko: 그날 밤, 커다란 등불이 환하게 빛났어요. 모두가 {n.wa} {c}에게 박수를 쳤어요! | {n.eun} 미소 지었어요. 용기는 마음속에 작은 불빛을 품고 있는 것 같았어요.
ja: その夜、大きなちょうちんがあかるくかがやきました。みんなが{n}と{c}にはくしゅしました！ | {n}はにっこりしました。ゆうきって、心の中に小さなあかりをもっているみたいでした。
zh: 那天晚上，大灯笼亮堂堂地发着光。大家都为{n}和{c}欢呼！ | {n}笑了。勇敢，就像心里带着一盏小小的灯。
es: Esa noche, el gran farol brilló con fuerza. ¡Todos aplaudieron a {n} y a {c}! | {n} sonrió. Ser valiente era como llevar una lucecita por dentro.
vi: Đêm hôm ấy, chiếc đèn lồng lớn sáng rực. Mọi người reo hò chúc mừng {n} và {c}! | {n} mỉm cười. Dũng cảm giống như mang một ngọn đèn nhỏ ở trong tim.
fr: Cette nuit-là, la grande lanterne brille de mille feux. Tout le monde applaudit {n} et {c} ! | {n} sourit. Avoir du courage, c'est comme porter une petite lumière en soi.
de: In dieser Nacht leuchtete die große Laterne hell. Alle jubelten {n} und {c} zu! | {n} lächelte. Mut fühlte sich an wie ein kleines Licht im Herzen.

# ---------------------------------------------------------------- kindness
@kindness.opening
set: garden
time: morning
scene: watering flowers with a little watering can
vocab: garden flower water
en: {n} and {c} loved to water the flowers in the garden. | They said good morning to every bee and butterfly, and the garden seemed to smile back.
ko: {n.wa} {c.eun} 정원의 꽃에 물 주는 걸 좋아했어요. | 꿀벌과 나비에게도 하나하나 아침 인사를 하면, 정원도 방긋 웃는 것 같았어요.
ja: {n}と{c}は、にわの花に水をやるのが大すきでした。 | ミツバチやチョウにも「おはよう」と言うと、にわもにっこりわらっているようでした。
zh: {n}和{c}最喜欢给花园里的花浇水。 | 他们跟每一只蜜蜂和蝴蝶说早上好，花园好像也在对他们微笑。
es: A {n} y a {c} les encantaba regar las flores del jardín. | Daban los buenos días a cada abeja y mariposa, y el jardín parecía sonreírles.
vi: {n} và {c} rất thích tưới hoa trong vườn. | Hai bạn chào buổi sáng từng chú ong, từng cô bướm, và khu vườn như đang mỉm cười.
fr: {n} et {c} adorent arroser les fleurs du jardin. | Ils disent bonjour à chaque abeille et à chaque papillon, et le jardin semble leur sourire.
de: {n} und {c} gossen so gern die Blumen im Garten. | Sie sagten jeder Biene und jedem Schmetterling guten Morgen, und der Garten schien zurückzulächeln.

@kindness.problem
set: garden
scene: finding {h} next to a fallen nest under an old tree
vocab: nest tree @h wind
en: Under the old tree, {n} found {h.a}. Its nest had fallen down in the wind! | “Don't worry,” said {n} gently. “We will find soft things and make you a new nest.”
ko: 오래된 나무 아래에서 {n.eun} {h.eul} 발견했어요. 바람에 둥지가 떨어져 버렸지 뭐예요! | “걱정 마.” {n.i} 다정하게 말했어요. “우리가 포근한 것들을 찾아서 새 둥지를 만들어 줄게.”
ja: 古い木の下で、{n}は{h}を見つけました。風で巣がおちてしまったのです！ | 「しんぱいしないで」と{n}はやさしく言いました。「ふわふわのものをさがして、あたらしい巣をつくってあげるね」
zh: 在老树下，{n}发现了{h.a}。它的窝被风吹掉了！ | “别担心，”{n}温柔地说，“我们去找些软软的东西，给你做一个新窝。”
es: Bajo el viejo árbol, {n} encontró {h.a}. ¡El viento había tirado su nido! | «No te preocupes», dijo {n} con dulzura. «Buscaremos cosas suaves y te haremos un nido nuevo».
vi: Dưới gốc cây cổ thụ, {n} tìm thấy {h.a}. Gió đã thổi rơi chiếc tổ mất rồi! | “Đừng lo,” {n} dịu dàng nói. “Chúng mình sẽ tìm những thứ thật mềm để làm cho bạn một chiếc tổ mới.”
fr: Sous le vieil arbre, {n} trouve {h.a}. Le vent a fait tomber son nid ! | « Ne t'inquiète pas, dit {n} doucement. Nous allons trouver des choses toutes douces pour te faire un nouveau nid. »
de: Unter dem alten Baum fand {n} {h.a_acc}. Der Wind hatte das Nest heruntergeweht! | „Keine Sorge“, sagte {n} sanft. „Wir suchen weiche Sachen und bauen dir ein neues Nest.“

@kindness.turn
set: meadow
scene: chasing soft feathers blowing across the grass
vocab: wind feather moss grass
en: Whoosh! The wind blew the soft feathers away. {n} and {c} ran after them. | They did not give up, and soon they had moss, feathers and soft grass.
ko: 휘잉! 바람이 보드라운 깃털을 날려 버렸어요. {n.wa} {c.eun} 깃털을 쫓아 달려갔어요. | 둘은 포기하지 않았고, 곧 이끼와 깃털과 부드러운 풀을 잔뜩 모았어요.
ja: ビューン！風がやわらかいはねをふきとばしました。{n}と{c}は、はねをおいかけました。 | ふたりはあきらめませんでした。やがて、こけやはね、やわらかい草がたくさんあつまりました。
zh: 呼！风把软软的羽毛吹跑了。{n}和{c}赶紧追了上去。 | 他们没有放弃，很快就收集了青苔、羽毛和柔软的小草。
es: ¡Fiuuu! El viento se llevó las plumas suaves. {n} y {c} corrieron tras ellas. | No se rindieron, y pronto tuvieron musgo, plumas y hierba suave.
vi: Vù! Gió thổi bay những chiếc lông vũ mềm mại. {n} và {c} chạy theo đuổi. | Hai bạn không bỏ cuộc, và chẳng bao lâu đã có đủ rêu, lông vũ và cỏ mềm.
fr: Fiou ! Le vent emporte les plumes toutes douces. {n} et {c} courent après elles. | Ils ne se découragent pas, et bientôt ils ont de la mousse, des plumes et de l'herbe douce.
de: Wusch! Der Wind wehte die weichen Federn davon. {n} und {c} rannten hinterher. | Sie gaben nicht auf, und bald hatten sie Moos, Federn und weiches Gras.

@kindness.solution
set: garden
scene: building a round soft nest in a tree for {h}
vocab: nest @h song
en: Together they built a new nest, soft and round. {h.The} snuggled inside. | “Thank you!” said {h.the}, and sang a happy little song.
ko: 모두 함께 동그랗고 포근한 새 둥지를 만들었어요. {h.i} 쏙 들어가 앉았어요. | “고마워!” {h.i} 말하고는 기쁜 노래를 불렀어요.
ja: みんなで、まるくてふかふかのあたらしい巣をつくりました。{h}は巣の中にすっぽりおさまりました。 | 「ありがとう！」と{h}は言って、うれしそうに歌をうたいました。
zh: 大家一起做了一个又软又圆的新窝。{h}舒舒服服地钻了进去。 | “谢谢你们！”{h}说完，唱起了一首快乐的小曲。
es: Juntos hicieron un nido nuevo, suave y redondo. {h.The} se acurrucó dentro. | «¡Gracias!», dijo {h.the}, y cantó una canción alegre.
vi: Cả nhóm cùng nhau làm một chiếc tổ mới, tròn và êm. {h.The} rúc vào trong thật ấm. | “Cảm ơn các bạn!” {h} nói, rồi cất tiếng hót một bài hát vui vẻ.
fr: Ensemble, ils font un nouveau nid, doux et tout rond. {h.The} s'y blottit. | « Merci ! » dit {h.the}, et il chante une joyeuse petite chanson.
de: Zusammen bauten sie ein neues Nest, weich und rund. {h.Nom} kuschelte sich hinein. | „Danke!“, sagte {h.nom} und sang ein fröhliches Lied.

@kindness.ending
set: bedroom
time: night
scene: lying in bed with a happy smile
vocab: kindness heart night
en: That night, {n} felt warm inside. Kindness makes two hearts happy. | And outside, in the old tree, a soft little song said goodnight.
ko: 그날 밤, {n.eun} 마음이 따뜻했어요. 친절은 두 마음을 모두 행복하게 해요. | 창밖 오래된 나무 위에서는 작고 포근한 노래가 잘 자라고 인사했어요.
ja: その夜、{n}の心はぽかぽかでした。やさしさは、ふたつの心をしあわせにするのです。 | まどの外の古い木から、小さな歌が「おやすみ」と聞こえてきました。
zh: 那天晚上，{n}的心里暖暖的。善良会让两颗心都变得快乐。 | 窗外的老树上，一首轻柔的小曲在说晚安。
es: Esa noche, {n} sintió calorcito en el corazón. La bondad hace felices a dos corazones. | Y afuera, en el viejo árbol, una canción suave le dio las buenas noches.
vi: Đêm hôm ấy, {n} thấy lòng thật ấm áp. Lòng tốt làm cho hai trái tim cùng vui. | Và ngoài kia, trên cây cổ thụ, một bài hát nhỏ khe khẽ chúc ngủ ngon.
fr: Cette nuit-là, {n} a le cœur tout chaud. La gentillesse rend deux cœurs heureux. | Et dehors, dans le vieil arbre, une petite chanson douce dit bonne nuit.
de: In dieser Nacht fühlte sich {n} innen ganz warm. Freundlichkeit macht zwei Herzen froh. | Und draußen im alten Baum sang ein leises Lied Gute Nacht.

# ---------------------------------------------------------------- sharing
@sharing.opening
set: village
time: morning
scene: skipping down the village street with an empty picnic basket
vocab: picnic food village
en: Today was the big village picnic! Everyone would bring food to share. | {n} and {c} were so excited that they skipped all the way down the street.
ko: 오늘은 마을 소풍 날이에요! 모두 함께 나눠 먹을 음식을 가져오기로 했어요. | {n.wa} {c.eun} 너무 신이 나서 길을 따라 깡충깡충 뛰어갔어요.
ja: 今日は村の大ピクニック！みんな、わけあう食べものをもってくるのです。 | {n}と{c}はうれしくて、道をスキップしていきました。
zh: 今天是村里的大野餐！每个人都要带食物来和大家分享。 | {n}和{c}高兴极了，一路蹦蹦跳跳地走在街上。
es: ¡Hoy era el gran pícnic del pueblo! Cada uno traería comida para compartir. | {n} y {c} tenían tanta ilusión que fueron dando saltitos por la calle.
vi: Hôm nay là buổi dã ngoại lớn của cả làng! Ai cũng mang đồ ăn đến để chia sẻ. | {n} và {c} háo hức đến nỗi nhảy chân sáo suốt dọc con đường.
fr: Aujourd'hui, c'est le grand pique-nique du village ! Chacun apporte de la nourriture à partager. | {n} et {c} ont tellement hâte qu'ils sautillent tout le long de la rue.
de: Heute war das große Picknick im Dorf! Alle brachten Essen zum Teilen mit. | {n} und {c} freuten sich so sehr, dass sie die ganze Straße entlanghüpften.

@sharing.problem
set: kitchen
scene: looking into an empty basket at the kitchen table
vocab: basket strawberry hill
en: But {n.s} basket was empty! Then {c} remembered the wild strawberries on the hill. | “Let's pick some for everyone!” said {n}, and they grabbed the basket and hurried out.
ko: 그런데 {n}의 바구니는 텅 비어 있었어요! 그때 {c.i} 언덕 위의 산딸기를 떠올렸어요. | “모두를 위해 따 오자!” {n.i} 말했고, 둘은 바구니를 들고 서둘러 나섰어요.
ja: でも、{n}のバスケットはからっぽ！そのとき{c}が、おかの上の野いちごを思い出しました。 | 「みんなのためにつみに行こう！」と{n}は言って、ふたりはバスケットをもっていそいで出かけました。
zh: 可是，{n}的篮子空空的！这时，{c}想起了山坡上的野草莓。 | “我们去给大家摘草莓吧！”{n}说完，他们提着篮子匆匆出发了。
es: ¡Pero la cesta de {n} estaba vacía! Entonces {c} se acordó de las fresas silvestres de la colina. | «¡Vamos a recoger fresas para todos!», dijo {n}, y salieron deprisa con la cesta.
vi: Nhưng chiếc giỏ của {n} trống trơn! Rồi {c} chợt nhớ tới những quả dâu tây dại trên đồi. | “Mình đi hái dâu cho mọi người nào!” {n} nói, và hai bạn xách giỏ vội vã lên đường.
fr: Mais le panier {n.de} est vide ! Alors {c} se souvient des fraises des bois sur la colline. | « Allons en cueillir pour tout le monde ! » dit {n}, et ils partent vite avec le panier.
de: Aber {n.gen} Korb war leer! Da erinnerte sich {c} an die wilden Erdbeeren auf dem Hügel. | „Lass uns welche für alle pflücken!“, sagte {n}, und sie eilten mit dem Korb los.

@sharing.turn
set: meadow
scene: holding a basket full of strawberries and thinking hard
vocab: basket strawberry
en: Soon the basket was full of sweet strawberries. {n} wanted to eat them all! | {c} looked at {n} and asked softly, “Wouldn't it be more fun to share?”
ko: 곧 바구니가 달콤한 딸기로 가득 찼어요. {n.eun} 전부 혼자 먹고 싶었어요! | {c.i} {n.eul} 바라보며 조용히 물었어요. “나눠 먹으면 더 즐겁지 않을까?”
ja: まもなく、バスケットはあまいいちごでいっぱいになりました。{n}は、ぜんぶ食べたくなりました！ | {c}は{n}を見て、そっとききました。「わけあったほうが、たのしくない？」
zh: 很快，篮子里装满了甜甜的草莓。{n}好想全部自己吃掉！ | {c}看着{n}，轻轻地问：“和大家分享，不是更开心吗？”
es: Pronto la cesta estuvo llena de fresas dulces. ¡{n} quería comérselas todas! | {c} miró a {n} y le preguntó bajito: «¿No sería más divertido compartir?»
vi: Chẳng mấy chốc, giỏ đã đầy dâu tây ngọt lịm. {n} muốn ăn hết một mình! | {c} nhìn {n} và khẽ hỏi: “Chia sẻ với mọi người chẳng phải vui hơn sao?”
fr: Bientôt, le panier est plein de fraises sucrées. {n} a envie de toutes les manger ! | {c} regarde {n} et demande doucement : « Ce ne serait pas plus amusant de partager ? »
de: Bald war der Korb voller süßer Erdbeeren. {n} wollte sie am liebsten alle allein essen! | {c} sah {n} an und fragte leise: „Wäre es nicht schöner, zu teilen?“

@sharing.solution
set: park
scene: sharing strawberries with friends on a picnic blanket
vocab: picnic strawberry friend
en: At the picnic, {n} shared the strawberries with all the friends. | The friends shared their sandwiches, juice and cookies too, and it became a giant feast.
ko: 소풍에서 {n.eun} 친구들 모두와 딸기를 나눠 먹었어요. | 친구들도 샌드위치와 주스와 과자를 나눠 주어서, 커다란 잔치가 되었어요.
ja: ピクニックで、{n}は友だちみんなにいちごをわけてあげました。 | 友だちもサンドイッチやジュース、クッキーをわけてくれて、大ごちそうになりました。
zh: 野餐时，{n}把草莓分给了所有的朋友。 | 朋友们也拿出三明治、果汁和饼干一起分享，变成了一场丰盛的大宴会。
es: En el pícnic, {n} compartió las fresas con todos sus amigos. | Los amigos compartieron también sus bocadillos, zumos y galletas, y se convirtió en un gran banquete.
vi: Ở buổi dã ngoại, {n} chia dâu tây cho tất cả các bạn. | Các bạn cũng chia bánh mì kẹp, nước trái cây và bánh quy, thế là thành một bữa tiệc thật lớn.
fr: Au pique-nique, {n} partage les fraises avec tous les amis. | Les amis partagent aussi leurs sandwichs, leurs jus et leurs biscuits, et cela devient un grand festin.
de: Beim Picknick teilte {n} die Erdbeeren mit allen Freunden. | Die Freunde teilten auch ihre Brote, ihren Saft und ihre Kekse, und es wurde ein riesiges Festessen.

@sharing.ending
set: bedroom
time: night
scene: smiling in bed after a happy picnic
vocab: bed night strawberry
en: That night, {n} smiled in bed. Sharing had made everyone so happy. | Happiness is like strawberries: it tastes even sweeter when you share it.
ko: 그날 밤, {n.eun} 침대에서 빙그레 웃었어요. 나누니까 모두가 행복해졌어요. | 행복은 딸기와 같아요. 나누면 나눌수록 더 달콤해지거든요.
ja: その夜、{n}はベッドでにっこりしました。わけあうと、みんながしあわせになりました。 | しあわせはいちごみたい。わけあうと、もっとあまくなるのです。
zh: 那天晚上，{n}躺在床上笑了。分享让每个人都那么快乐。 | 快乐就像草莓一样，分享的时候会变得更甜。
es: Esa noche, {n} sonreía en la cama. Compartir había hecho felices a todos. | La felicidad es como las fresas: sabe aún más dulce cuando se comparte.
vi: Đêm hôm ấy, {n} nằm trên giường mỉm cười. Chia sẻ đã làm mọi người thật vui. | Niềm vui cũng giống như dâu tây: càng chia sẻ lại càng ngọt ngào.
fr: Cette nuit-là, {n} sourit dans son lit. Partager a rendu tout le monde heureux. | Le bonheur, c'est comme les fraises : il est encore plus doux quand on le partage.
de: In dieser Nacht lächelte {n} im Bett. Teilen hatte alle glücklich gemacht. | Glück ist wie Erdbeeren: Es schmeckt noch süßer, wenn man es teilt.

# ---------------------------------------------------------------- family
@family.opening
set: village
time: morning
scene: whispering about a birthday surprise
vocab: birthday grandma hug
en: Today was Grandma's birthday! {n} loved Grandma very much. | Grandma gave the warmest hugs and told the funniest stories in the whole village.
ko: 오늘은 할머니 생신이에요! {n.eun} 할머니를 아주 많이 사랑했어요. | 할머니는 온 마을에서 가장 따뜻하게 안아 주고, 가장 재미있는 이야기를 들려주셨어요.
ja: 今日はおばあちゃんのおたんじょう日！{n}はおばあちゃんが大すきです。 | おばあちゃんは村でいちばんあたたかくだきしめてくれて、いちばんおもしろいお話をしてくれるのです。
zh: 今天是奶奶的生日！{n}非常爱奶奶。 | 奶奶的拥抱是全村最温暖的，奶奶讲的故事也是最有趣的。
es: ¡Hoy era el cumpleaños de la abuela! {n} quería muchísimo a la abuela. | La abuela daba los abrazos más calentitos y contaba los cuentos más divertidos de todo el pueblo.
vi: Hôm nay là sinh nhật của bà! {n} yêu bà lắm. | Bà có những cái ôm ấm áp nhất và kể những câu chuyện vui nhất cả làng.
fr: Aujourd'hui, c'est l'anniversaire de Grand-mère ! {n} aime tellement Grand-mère. | Grand-mère fait les câlins les plus doux et raconte les histoires les plus drôles du village.
de: Heute hatte Oma Geburtstag! {n} hatte Oma ganz doll lieb. | Oma gab die wärmsten Umarmungen und erzählte die lustigsten Geschichten im ganzen Dorf.

@family.problem
set: kitchen
scene: wondering about a birthday gift at the kitchen table
vocab: gift grandma flower
en: “What gift can I give Grandma?” {n} wondered. | Then {c} had an idea: “Let's find the prettiest flowers in the whole world!”
ko: “할머니께 무슨 선물을 드릴까?” {n.eun} 곰곰이 생각했어요. | 그때 {c.i} 좋은 생각을 떠올렸어요. “온 세상에서 가장 예쁜 꽃을 찾아보자!”
ja: 「おばあちゃんに、どんなプレゼントをあげようかな？」と{n}は考えました。 | そのとき、{c}がひらめきました。「せかいでいちばんきれいな花をさがしに行こう！」
zh: “我该送奶奶什么礼物呢？”{n}想啊想。 | 这时，{c}想到了一个好主意：“我们去找全世界最美的花吧！”
es: «¿Qué regalo le puedo dar a la abuela?», se preguntó {n}. | Entonces {c} tuvo una idea: «¡Busquemos las flores más bonitas del mundo!»
vi: “Mình nên tặng bà món quà gì nhỉ?” {n} băn khoăn. | Rồi {c} nảy ra một ý: “Mình đi tìm những bông hoa đẹp nhất trên đời nhé!”
fr: « Quel cadeau puis-je offrir à Grand-mère ? » se demande {n}. | Alors {c} a une idée : « Allons chercher les plus belles fleurs du monde ! »
de: „Welches Geschenk kann ich Oma machen?“, überlegte {n}. | Da hatte {c} eine Idee: „Lass uns die schönsten Blumen der Welt suchen!“

@family.turn
set: river
scene: giving drooping flowers a drink from a little stream
vocab: flower water stream
en: Oh no, the flowers were drooping! “They need water,” said {c}. | So they dipped the stems into the cool stream, and soon the flowers stood up straight again.
ko: 이런, 꽃들이 시들시들해졌어요! “물이 필요해.” {c.i} 말했어요. | 그래서 시원한 시냇물에 꽃줄기를 담갔더니, 곧 꽃들이 다시 꼿꼿하게 고개를 들었어요.
ja: たいへん、花がしおれてしまいました！「水がいるね」と{c}が言いました。 | そこで、つめたい小川にくきをひたすと、まもなく花はまたしゃんと立ちあがりました。
zh: 哎呀，花儿都蔫了！“它们需要喝水。”{c}说。 | 于是他们把花茎放进清凉的小溪里，很快，花儿又挺直了腰。
es: ¡Oh, no, las flores se estaban marchitando! «Necesitan agua», dijo {c}. | Así que metieron los tallos en el arroyo fresco, y pronto las flores se pusieron derechas otra vez.
vi: Ôi không, những bông hoa đã héo rũ! “Hoa cần nước đấy,” {c} nói. | Thế là hai bạn nhúng cành hoa vào dòng suối mát, và chẳng mấy chốc hoa lại tươi tỉnh đứng thẳng.
fr: Oh non, les fleurs sont toutes fanées ! « Elles ont besoin d'eau », dit {c}. | Alors ils trempent les tiges dans le ruisseau tout frais, et bientôt les fleurs se redressent.
de: Oh nein, die Blumen ließen die Köpfe hängen! „Sie brauchen Wasser“, sagte {c}. | Also stellten sie die Stiele in den kühlen Bach, und bald standen die Blumen wieder kerzengerade.

@family.solution
set: garden
scene: giving a bunch of flowers to grandma at a family birthday party
vocab: family grandma flower gift
en: The whole family came to the party. {n} gave Grandma the flowers. | Grandma hugged {n} tight and said, “The best gift of all is having my family here.”
ko: 온 가족이 파티에 모였어요. {n.eun} 할머니께 꽃을 드렸어요. | 할머니는 {n.eul} 꼭 안아 주며 말씀하셨어요. “가장 좋은 선물은 우리 가족이 함께 있는 거란다.”
ja: 家族みんながパーティーにあつまりました。{n}はおばあちゃんに花をわたしました。 | おばあちゃんは{n}をぎゅっとだきしめて言いました。「いちばんのプレゼントは、家族がいっしょにいることよ」
zh: 全家人都来参加派对了。{n}把花送给了奶奶。 | 奶奶紧紧抱住{n}说：“最好的礼物，就是一家人在一起。”
es: Toda la familia vino a la fiesta. {n} le dio las flores a la abuela. | La abuela abrazó fuerte a {n} y dijo: «El mejor regalo es tener a mi familia aquí».
vi: Cả gia đình cùng đến dự tiệc. {n} tặng hoa cho bà. | Bà ôm chặt {n} và nói: “Món quà tuyệt nhất chính là cả nhà được ở bên nhau.”
fr: Toute la famille vient à la fête. {n} offre les fleurs à Grand-mère. | Grand-mère serre {n} très fort et dit : « Le plus beau des cadeaux, c'est d'avoir ma famille près de moi. »
de: Die ganze Familie kam zur Feier. {n} schenkte Oma die Blumen. | Oma drückte {n} ganz fest und sagte: „Das schönste Geschenk ist, dass meine Familie hier ist.“

@family.ending
set: bedroom
time: night
scene: falling asleep with a happy smile after the party
vocab: family night gift
en: That night, {n} fell asleep feeling happy. Family is the best gift of all. | Family means love, laughter and lots of warm hugs, every single day.
ko: 그날 밤, {n.eun} 행복한 마음으로 잠들었어요. 가족은 세상에서 가장 좋은 선물이에요. | 가족이란 사랑과 웃음, 그리고 날마다 나누는 따뜻한 포옹이랍니다.
ja: その夜、{n}はしあわせな気もちでねむりました。家族は、いちばんすてきなプレゼントです。 | 家族って、まいにちの愛と、わらい声と、あたたかいハグのことなのです。
zh: 那天晚上，{n}带着幸福的心情睡着了。家人是最好的礼物。 | 家就是爱、笑声，还有每一天暖暖的拥抱。
es: Esa noche, {n} se durmió feliz. La familia es el mejor regalo de todos. | Familia quiere decir amor, risas y muchos abrazos calentitos, todos los días.
vi: Đêm hôm ấy, {n} chìm vào giấc ngủ thật hạnh phúc. Gia đình là món quà quý nhất. | Gia đình là yêu thương, tiếng cười và thật nhiều cái ôm ấm áp mỗi ngày.
fr: Cette nuit-là, {n} s'endort le cœur plein de joie. La famille, c'est le plus beau des cadeaux. | La famille, c'est de l'amour, des rires et plein de câlins, chaque jour.
de: In dieser Nacht schlief {n} glücklich ein. Die Familie ist das schönste Geschenk. | Familie bedeutet Liebe, Lachen und jeden Tag ganz viele warme Umarmungen.

# ---------------------------------------------------------------- nature
@nature.opening
set: meadow
scene: running through the tall grass beside a little stream
vocab: meadow flower village stream
en: {n} and {c} loved the meadow behind the village. It was full of flowers. | Bees buzzed, butterflies danced, and a little stream sang its way through the grass.
ko: {n.wa} {c.eun} 마을 뒤 들판을 좋아했어요. 들판에는 꽃이 가득했지요. | 꿀벌이 윙윙, 나비가 팔랑팔랑, 작은 시냇물이 풀숲 사이로 졸졸 노래했어요.
ja: {n}と{c}は、村のうらの野原が大すきでした。野原には花がいっぱい。 | ミツバチがブンブン、チョウがひらひら、小川がさらさらと草のあいだを歌っていました。
zh: {n}和{c}最喜欢村子后面的草地。草地上开满了鲜花。 | 蜜蜂嗡嗡，蝴蝶翩翩，一条小溪哗啦啦地在草丛间唱着歌。
es: A {n} y a {c} les encantaba la pradera detrás del pueblo. Estaba llena de flores. | Las abejas zumbaban, las mariposas bailaban y un pequeño arroyo cantaba entre la hierba.
vi: {n} và {c} rất yêu đồng cỏ sau làng. Đồng cỏ nở đầy hoa. | Ong kêu vo ve, bướm nhảy múa, và một con suối nhỏ róc rách hát giữa đám cỏ.
fr: {n} et {c} adorent la prairie derrière le village. Elle est pleine de fleurs. | Les abeilles bourdonnent, les papillons dansent, et un petit ruisseau chante dans l'herbe.
de: {n} und {c} liebten die Wiese hinter dem Dorf. Sie war voller Blumen. | Bienen summten, Schmetterlinge tanzten, und ein kleiner Bach plätscherte durch das Gras.

@nature.problem
set: meadow
scene: looking sadly at drooping flowers beside a dry stream bed
vocab: flower stream water hill
en: But one day, the flowers drooped. The little stream had no water! | “Something must be blocking the water up the hill,” said {c}. “Let's go and see.”
ko: 그런데 어느 날, 꽃들이 축 처졌어요. 작은 시냇물에 물이 하나도 없었어요! | “언덕 위에서 무언가가 물을 막고 있나 봐.” {c.i} 말했어요. “가 보자.”
ja: ところがある日、花がしおれてしまいました。小川に水がないのです！ | 「おかの上で、なにかが水をせきとめているのかも」と{c}が言いました。「見に行こう」
zh: 可是有一天，花儿都垂下了头。小溪里一点儿水也没有了！ | “一定是山坡上有什么东西挡住了水，”{c}说，“我们去看看吧。”
es: Pero un día, las flores se marchitaron. ¡El pequeño arroyo no tenía agua! | «Algo debe de estar tapando el agua allá arriba, en la colina», dijo {c}. «Vamos a ver».
vi: Nhưng một ngày nọ, hoa bỗng héo rũ. Con suối nhỏ chẳng còn giọt nước nào! | “Chắc có thứ gì chặn dòng nước trên đồi rồi,” {c} nói. “Mình đi xem nào.”
fr: Mais un jour, les fleurs se fanent. Le petit ruisseau n'a plus d'eau ! | « Quelque chose doit bloquer l'eau en haut de la colline, dit {c}. Allons voir. »
de: Doch eines Tages ließen die Blumen die Köpfe hängen. Der kleine Bach hatte kein Wasser mehr! | „Irgendetwas hält das Wasser oben am Hügel auf“, sagte {c}. „Lass uns nachsehen.“

@nature.turn
set: river
scene: finding a big pile of branches and leaves blocking a stream
vocab: branch water hill
en: Up the hill, a big pile of branches blocked the water. | The branches were heavy, but {n} said, “If we work together, we can move them.”
ko: 언덕 위에서 커다란 나뭇가지 더미가 물길을 막고 있었어요. | 나뭇가지는 무거웠지만 {n.eun} 말했어요. “함께 힘을 모으면 치울 수 있어.”
ja: おかの上で、大きな木のえだの山が、水をせきとめていました。 | えだはおもかったけれど、{n}は言いました。「力を合わせれば、うごかせるよ」
zh: 在山坡上，一大堆树枝把水挡住了。 | 树枝很重，可是{n}说：“只要我们一起努力，就能把它们搬开。”
es: En la colina, un gran montón de ramas tapaba el agua. | Las ramas pesaban mucho, pero {n} dijo: «Si trabajamos en equipo, podremos moverlas».
vi: Trên đồi, một đống cành cây to đang chặn dòng nước. | Cành cây rất nặng, nhưng {n} nói: “Nếu cùng nhau cố gắng, chúng mình sẽ dời được.”
fr: En haut de la colline, un gros tas de branches bloque l'eau. | Les branches sont lourdes, mais {n} dit : « Si on travaille ensemble, on peut les déplacer. »
de: Oben am Hügel versperrte ein großer Haufen Äste das Wasser. | Die Äste waren schwer, aber {n} sagte: „Wenn wir zusammenarbeiten, schaffen wir das.“

@nature.solution
set: river
scene: happily watching water rush down a stream again
vocab: branch water meadow
en: One by one, they moved the branches. Splash! The water flowed again. | It rushed happily down the hill, all the way back to the thirsty meadow.
ko: 하나씩 하나씩 나뭇가지를 치웠어요. 콸콸! 물이 다시 흘렀어요. | 물은 신나게 언덕을 내려가 목마른 들판까지 흘러갔어요.
ja: ひとつずつ、えだをどかしました。ザブーン！水がまたながれだしました。 | 水はうれしそうにおかをかけおりて、のどのかわいた野原までながれていきました。
zh: 他们把树枝一根一根搬开。哗啦！水又流起来了。 | 水欢快地冲下山坡，一直流回了口渴的草地。
es: Una a una, quitaron las ramas. ¡Chof! El agua volvió a correr. | Bajó alegre por la colina, hasta llegar a la pradera sedienta.
vi: Từng cành, từng cành, hai bạn dọn hết cành cây. Ào ào! Nước lại chảy rồi. | Dòng nước vui vẻ chảy xuống đồi, về tận đồng cỏ đang khát.
fr: Une à une, ils enlèvent les branches. Splash ! L'eau coule à nouveau. | Elle dévale joyeusement la colline, jusqu'à la prairie assoiffée.
de: Einen Ast nach dem anderen räumten sie weg. Platsch! Das Wasser floss wieder. | Fröhlich rauschte es den Hügel hinunter, bis zur durstigen Wiese.

@nature.ending
set: garden
time: evening
scene: planting a little seed in the garden
vocab: seed garden nature
en: That evening, {n} and {c} planted a little seed in the garden. | “Let's always take care of nature,” said {n}, “because nature takes care of us.”
ko: 그날 저녁, {n.wa} {c.eun} 정원에 작은 씨앗을 심었어요. | “우리 언제나 자연을 아끼자.” {n.i} 말했어요. “자연도 우리를 돌봐 주니까.”
ja: その夕方、{n}と{c}は、にわに小さなたねをうえました。 | 「これからもずっと、自然をたいせつにしようね」と{n}は言いました。「自然も、わたしたちをまもってくれるから」
zh: 那天傍晚，{n}和{c}在花园里种下了一颗小种子。 | “我们要一直爱护大自然，”{n}说，“因为大自然也在照顾我们。”
es: Esa tarde, {n} y {c} plantaron una pequeña semilla en el jardín. | «Cuidemos siempre la naturaleza», dijo {n}, «porque la naturaleza también nos cuida».
vi: Chiều tối hôm ấy, {n} và {c} gieo một hạt giống nhỏ trong vườn. | “Mình hãy luôn chăm sóc thiên nhiên nhé,” {n} nói, “vì thiên nhiên cũng chăm sóc chúng mình.”
fr: Ce soir-là, {n} et {c} plantent une petite graine dans le jardin. | « Prenons toujours soin de la nature, dit {n}, car la nature prend soin de nous. »
de: An diesem Abend pflanzten {n} und {c} einen kleinen Samen im Garten. | „Lass uns immer gut auf die Natur aufpassen“, sagte {n}, „denn die Natur passt auch auf uns auf.“

# ---------------------------------------------------------------- adventure
@adventure.opening
set: village
scene: exploring the village with a toy telescope
vocab: adventure mountain treasure
en: {n} and {c} loved adventures. They dreamed of mountains and hidden treasure. | Every day they practiced by exploring every corner of the village, from the bakery to the old well.
ko: {n.wa} {c.eun} 모험을 정말 좋아했어요. 높은 산과 숨겨진 보물을 꿈꾸었지요. | 날마다 둘은 빵집부터 오래된 우물까지, 마을 구석구석을 탐험하며 연습했어요.
ja: {n}と{c}は、ぼうけんが大すき。高い山や、かくされたたからものをゆめ見ていました。 | 毎日ふたりは、パンやさんから古い井戸まで、村のすみずみをたんけんして、れんしゅうしていました。
zh: {n}和{c}最爱冒险了。他们梦想着高高的山和藏起来的宝藏。 | 每天，他们都在村子里到处探索，从面包店到老水井，哪个角落都不放过。
es: A {n} y a {c} les encantaban las aventuras. Soñaban con montañas y tesoros escondidos. | Cada día practicaban explorando cada rincón del pueblo, desde la panadería hasta el viejo pozo.
vi: {n} và {c} rất thích phiêu lưu. Hai bạn mơ về những ngọn núi cao và kho báu bí mật. | Ngày nào hai bạn cũng tập làm nhà thám hiểm, đi khắp mọi ngóc ngách trong làng, từ tiệm bánh đến cái giếng cũ.
fr: {n} et {c} adorent les aventures. Ils rêvent de montagnes et de trésors cachés. | Chaque jour, ils s'entraînent en explorant chaque coin du village, de la boulangerie au vieux puits.
de: {n} und {c} liebten Abenteuer. Sie träumten von hohen Bergen und versteckten Schätzen. | Jeden Tag übten sie, indem sie jede Ecke des Dorfes erkundeten, von der Bäckerei bis zum alten Brunnen.

@adventure.problem
set: bedroom
scene: unrolling an old map found in a wooden box
vocab: map treasure box
en: One day, {n} found an old map in a box. A big red X marked a treasure! | The map showed a path over hills and rivers, all the way to Rainbow Hill.
ko: 어느 날, {n.eun} 상자 속에서 낡은 지도를 찾았어요. 빨간 가위표가 보물이 있는 곳을 가리키고 있었어요! | 지도에는 언덕과 강을 넘어 무지개 언덕까지 가는 길이 그려져 있었어요.
ja: ある日、{n}は箱の中から古い地図を見つけました。赤いバツじるしが、たからもののばしょをしめしていました！ | 地図には、おかや川をこえて、にじのおかまでつづく道がかいてありました。
zh: 有一天，{n}在一个盒子里发现了一张旧地图。一个大大的红叉标出了宝藏的位置！ | 地图上画着一条小路，翻过山坡，越过小河，一直通到彩虹山。
es: Un día, {n} encontró un mapa viejo en una caja. ¡Una gran X roja marcaba un tesoro! | El mapa mostraba un camino por colinas y ríos, hasta llegar a la Colina del Arcoíris.
vi: Một ngày nọ, {n} tìm thấy một tấm bản đồ cũ trong chiếc hộp. Một dấu X đỏ to đánh dấu kho báu! | Bản đồ vẽ một con đường băng qua đồi và sông, đến tận Đồi Cầu Vồng.
fr: Un jour, {n} trouve une vieille carte dans une boîte. Une grande croix rouge indique un trésor ! | La carte montre un chemin à travers les collines et les rivières, jusqu'à la Colline Arc-en-ciel.
de: Eines Tages fand {n} in einer Kiste eine alte Karte. Ein großes rotes Kreuz zeigte einen Schatz! | Die Karte zeigte einen Weg über Hügel und Flüsse, bis zum Regenbogen-Hügel.

@adventure.turn
set: forest
scene: standing where a path splits in two, studying a map
vocab: path map rainbow
en: The path split in two! {n} checked the map carefully. | There was a tiny rainbow drawn on the left side. “This way!” said {n} with a grin.
ko: 길이 두 갈래로 나뉘었어요! {n.eun} 지도를 꼼꼼히 살펴보았어요. | 왼쪽에 작은 무지개가 그려져 있었어요. “이쪽이야!” {n.i} 씩 웃으며 말했어요.
ja: 道がふたつにわかれていました！{n}は地図をよーく見ました。 | 左がわに、小さなにじがかいてありました。「こっちだ！」と{n}はにっこり言いました。
zh: 小路分成了两条！{n}仔细地看了看地图。 | 左边画着一道小小的彩虹。“走这边！”{n}笑着说。
es: ¡El camino se dividía en dos! {n} miró el mapa con atención. | En el lado izquierdo había un arcoíris diminuto. «¡Por aquí!», dijo {n} con una sonrisa.
vi: Con đường chia làm hai ngả! {n} xem bản đồ thật kỹ. | Bên trái có vẽ một cầu vồng tí xíu. “Lối này!” {n} cười tươi.
fr: Le chemin se sépare en deux ! {n} regarde la carte avec attention. | Du côté gauche, il y a un tout petit arc-en-ciel. « Par ici ! » dit {n} en souriant.
de: Der Weg teilte sich in zwei! {n} sah sich die Karte ganz genau an. | Auf der linken Seite war ein winziger Regenbogen gemalt. „Hier entlang!“, sagte {n} und grinste.

@adventure.solution
set: mountain
scene: opening an old wooden chest on top of a hill under a rainbow
vocab: compass rainbow treasure
en: On Rainbow Hill, they found a wooden chest. Inside were a shiny compass and a note! | The note said, “The real treasure is the friend who travels with you.” {n} hugged {c} tight.
ko: 무지개 언덕에서 둘은 나무 상자를 찾았어요. 안에는 반짝이는 나침반과 쪽지가 들어 있었어요! | 쪽지에는 이렇게 쓰여 있었어요. “진짜 보물은 함께 여행하는 친구란다.” {n.eun} {c.eul} 꼭 안아 주었어요.
ja: にじのおかで、ふたりは木の箱を見つけました。中には、ぴかぴかのコンパスと手紙が入っていました！ | 手紙には「ほんとうのたからものは、いっしょに旅をする友だちです」とかいてありました。{n}は{c}をぎゅっとだきしめました。
zh: 在彩虹山上，他们找到了一个木箱子。里面有一个亮闪闪的指南针和一张纸条！ | 纸条上写着：“真正的宝藏，是和你一起旅行的朋友。”{n}紧紧地抱住了{c}。
es: En la Colina del Arcoíris encontraron un cofre de madera. ¡Dentro había una brújula brillante y una nota! | La nota decía: «El verdadero tesoro es el amigo que viaja contigo». {n} abrazó fuerte a {c}.
vi: Trên Đồi Cầu Vồng, hai bạn tìm thấy một chiếc rương gỗ. Bên trong có một chiếc la bàn sáng bóng và một mảnh giấy! | Mảnh giấy viết: “Kho báu thật sự là người bạn cùng đi với mình.” {n} ôm chặt {c}.
fr: Sur la Colline Arc-en-ciel, ils trouvent un coffre en bois. Dedans, il y a une boussole brillante et un petit mot ! | Le mot dit : « Le vrai trésor, c'est l'ami qui voyage avec toi. » {n} serre {c} très fort.
de: Auf dem Regenbogen-Hügel fanden sie eine Holzkiste. Darin lagen ein glänzender Kompass und ein Zettel! | Auf dem Zettel stand: „Der wahre Schatz ist der Freund, der mit dir reist.“ {n} drückte {c} ganz fest.

@adventure.ending
set: bedroom
time: night
scene: putting a shiny compass beside the bed and yawning
vocab: compass bed night adventure
en: That night, {n} put the compass beside the bed. “Where shall we go tomorrow?” whispered {n}. | {c} smiled a sleepy smile, and they both dreamed of new adventures.
ko: 그날 밤, {n.eun} 침대 옆에 나침반을 두었어요. “내일은 어디로 갈까?” {n.i} 속삭였어요. | {c.eun} 졸린 얼굴로 방긋 웃었고, 둘은 새로운 모험을 꿈꾸었어요.
ja: その夜、{n}はベッドのよこにコンパスをおきました。「あしたはどこへ行こうか？」と{n}はささやきました。 | {c}はねむそうににっこりして、ふたりはあたらしいぼうけんのゆめを見ました。
zh: 那天晚上，{n}把指南针放在床边。“明天我们去哪儿呢？”{n}小声地问。 | {c}困困地笑了笑，他们一起梦见了新的冒险。
es: Esa noche, {n} dejó la brújula junto a la cama. «¿Adónde iremos mañana?», susurró {n}. | {c} sonrió con sueño, y los dos soñaron con nuevas aventuras.
vi: Đêm hôm ấy, {n} đặt chiếc la bàn bên cạnh giường. “Ngày mai mình đi đâu nhỉ?” {n} thì thầm. | {c} mỉm cười ngái ngủ, và cả hai cùng mơ về những chuyến phiêu lưu mới.
fr: Cette nuit-là, {n} pose la boussole à côté du lit. « Où irons-nous demain ? » chuchote {n}. | {c} fait un sourire tout endormi, et tous les deux rêvent de nouvelles aventures.
de: In dieser Nacht legte {n} den Kompass neben das Bett. „Wohin gehen wir morgen?“, flüsterte {n}. | {c} lächelte müde, und beide träumten von neuen Abenteuern.

# ---------------------------------------------------------------- honesty
@honesty.opening
set: garden
scene: playing catch with a ball among flower pots
vocab: ball garden grandma
en: {n} and {c} were playing ball in Grandma's garden. | The garden was full of flowers in pretty pots of every color.
ko: {n.wa} {c.eun} 할머니의 정원에서 공놀이를 하고 있었어요. | 정원에는 알록달록 예쁜 화분마다 꽃이 가득했어요.
ja: {n}と{c}は、おばあちゃんのにわでボールあそびをしていました。 | にわには、いろとりどりのかわいいうえきばちに、花がいっぱいさいていました。
zh: {n}和{c}在奶奶的花园里玩球。 | 花园里摆满了五颜六色的花盆，里面开着美丽的花。
es: {n} y {c} jugaban a la pelota en el jardín de la abuela. | El jardín estaba lleno de flores en macetas preciosas de todos los colores.
vi: {n} và {c} đang chơi bóng trong khu vườn của bà. | Khu vườn đầy hoa, trồng trong những chậu xinh xắn đủ màu sắc.
fr: {n} et {c} jouent au ballon dans le jardin de Grand-mère. | Le jardin est plein de fleurs dans de jolis pots de toutes les couleurs.
de: {n} und {c} spielten Ball in Omas Garten. | Der Garten war voller Blumen in hübschen Töpfen in allen Farben.

@honesty.problem
set: garden
scene: looking at a broken flower pot with a ball beside it
vocab: ball pot grandma
en: Oops! The ball hit Grandma's favorite flower pot. Crash! | {n} quickly hid the pieces behind a bush and ran off to play far away.
ko: 앗! 공이 할머니가 가장 아끼는 화분에 맞았어요. 쨍그랑! | {n.eun} 얼른 깨진 조각들을 덤불 뒤에 숨기고 멀리 놀러 가 버렸어요.
ja: あっ！ボールが、おばあちゃんのお気に入りのうえきばちに当たりました。ガシャン！ | {n}はいそいでかけらを草むらのうしろにかくして、遠くへあそびに行ってしまいました。
zh: 哎呀！球砸到了奶奶最喜欢的花盆。哐啷！ | {n}赶紧把碎片藏到灌木丛后面，跑到远处去玩了。
es: ¡Uy! La pelota golpeó la maceta favorita de la abuela. ¡Crac! | {n} escondió rápido los trocitos detrás de un arbusto y se fue a jugar lejos.
vi: Ối! Quả bóng va vào chậu hoa bà thích nhất. Choang! | {n} vội giấu các mảnh vỡ sau bụi cây rồi chạy đi chơi thật xa.
fr: Oups ! Le ballon touche le pot de fleurs préféré de Grand-mère. Crac ! | {n} cache vite les morceaux derrière un buisson et part jouer très loin.
de: Hoppla! Der Ball traf Omas liebsten Blumentopf. Klirr! | {n} versteckte schnell die Scherben hinter einem Busch und lief weit weg zum Spielen.

@honesty.turn
set: -
scene: walking slowly and looking thoughtful with a heavy heart
vocab: heart stone truth
en: {n.s} heart felt heavy, like a big stone. {n} could not smile. | “Telling the truth can make your heart light again,” said {c} gently.
ko: {n}의 마음이 커다란 돌처럼 무거웠어요. {n.eun} 웃을 수가 없었어요. | “진실을 말하면 마음이 다시 가벼워질 거야.” {c.i} 다정하게 말했어요.
ja: {n}の心は、大きな石のようにおもくなりました。わらうこともできません。 | 「ほんとうのことを言えば、心はまたかるくなるよ」と{c}はやさしく言いました。
zh: {n}的心像压着一块大石头一样沉甸甸的，一点儿也笑不出来。 | “说出真话，心就会重新变轻哦。”{c}温柔地说。
es: El corazón de {n} pesaba como una piedra grande. {n} no podía sonreír. | «Decir la verdad hará que tu corazón vuelva a sentirse ligero», dijo {c} con cariño.
vi: Trái tim {n} nặng trĩu như có một hòn đá lớn. {n} chẳng cười nổi. | “Nói ra sự thật sẽ giúp trái tim mình nhẹ nhõm trở lại đấy,” {c} dịu dàng nói.
fr: Le cœur {n.de} est lourd comme une grosse pierre. {n} n'arrive plus à sourire. | « Dire la vérité peut rendre ton cœur léger à nouveau », dit {c} doucement.
de: {n.gen} Herz war schwer wie ein großer Stein. {n} konnte nicht mehr lächeln. | „Die Wahrheit zu sagen macht das Herz wieder leicht“, sagte {c} sanft.

@honesty.solution
set: garden
scene: hugging grandma next to a broken flower pot
vocab: grandma pot truth
en: {n} ran to Grandma. “I broke your pot. I'm sorry.” | Grandma hugged {n}. “Thank you for telling me the truth. That means more to me than any pot.”
ko: {n.eun} 할머니께 달려갔어요. “제가 화분을 깨뜨렸어요. 죄송해요.” | 할머니는 {n.eul} 안아 주셨어요. “진실을 말해 줘서 고맙구나. 그건 어떤 화분보다 소중하단다.”
ja: {n}はおばあちゃんのところへ走っていきました。「うえきばちをわっちゃったの。ごめんなさい」 | おばあちゃんは{n}をだきしめました。「ほんとうのことを話してくれて、ありがとう。それは、どんなうえきばちよりも大切よ」
zh: {n}跑到奶奶身边。“是我打碎了花盆。对不起。” | 奶奶抱住{n}说：“谢谢你告诉我真话。这比任何花盆都珍贵。”
es: {n} corrió hacia la abuela. «Rompí tu maceta. Lo siento». | La abuela abrazó a {n}. «Gracias por decirme la verdad. Eso vale más que cualquier maceta».
vi: {n} chạy đến bên bà. “Cháu làm vỡ chậu hoa của bà rồi. Cháu xin lỗi ạ.” | Bà ôm {n} vào lòng. “Cảm ơn cháu đã nói thật. Điều đó quý hơn bất cứ chậu hoa nào.”
fr: {n} court vers Grand-mère. « J'ai cassé ton pot. Pardon. » | Grand-mère serre {n} dans ses bras. « Merci de m'avoir dit la vérité. Ça compte plus que n'importe quel pot. »
de: {n} lief zu Oma. „Ich habe deinen Blumentopf kaputt gemacht. Es tut mir leid.“ | Oma nahm {n} in den Arm. „Danke, dass du mir die Wahrheit gesagt hast. Das ist mir mehr wert als jeder Blumentopf.“

@honesty.ending
set: garden
time: evening
scene: planting flowers in a new pot with grandma
vocab: flower pot heart grandma
en: {n} and Grandma planted the flowers in a new pot. {n.s} heart felt light again. | Telling the truth is not always easy, but it always makes the heart feel free.
ko: {n.wa} 할머니는 함께 새 화분에 꽃을 심었어요. {n}의 마음이 다시 가벼워졌어요. | 진실을 말하는 건 늘 쉽지는 않지만, 언제나 마음을 자유롭게 해 준답니다.
ja: {n}とおばあちゃんは、いっしょにあたらしいうえきばちに花をうえました。{n}の心は、またかるくなりました。 | ほんとうのことを言うのは、いつもかんたんではありません。でも、心をいつもかるくしてくれるのです。
zh: {n}和奶奶一起把花种进了新花盆。{n}的心又变得轻松了。 | 说真话并不总是容易的，可它总能让心变得自由。
es: {n} y la abuela plantaron las flores en una maceta nueva. El corazón de {n} volvió a sentirse ligero. | Decir la verdad no siempre es fácil, pero siempre hace que el corazón se sienta libre.
vi: {n} và bà cùng trồng hoa vào một chiếc chậu mới. Lòng {n} lại nhẹ tênh. | Nói thật không phải lúc nào cũng dễ, nhưng nó luôn làm cho trái tim thấy thật thảnh thơi.
fr: {n} et Grand-mère plantent les fleurs dans un nouveau pot. Le cœur {n.de} est léger à nouveau. | Dire la vérité n'est pas toujours facile, mais cela rend toujours le cœur plus libre.
de: {n} und Oma pflanzten die Blumen in einen neuen Blumentopf. {n.gen} Herz war wieder leicht. | Die Wahrheit zu sagen ist nicht immer leicht, aber es macht das Herz immer frei.

# ---------------------------------------------------------------- bedtime
@bedtime.opening
set: bedroom
time: evening
scene: putting on soft pajamas and brushing teeth
vocab: bedtime pajamas
en: It was bedtime. {n} put on soft pajamas and brushed every tooth. | {c} yawned a big yawn, but {n} was not sleepy at all.
ko: 잘 시간이에요. {n.eun} 보들보들한 잠옷을 입고 이를 닦았어요. | {c.eun} 하품을 크게 했지만, {n.eun} 하나도 졸리지 않았어요.
ja: ねる時間です。{n}はふわふわのパジャマをきて、はをみがきました。 | {c}は大きなあくびをしたけれど、{n}はちっともねむくありません。
zh: 该睡觉了。{n}穿上软软的睡衣，刷好了牙。 | {c}打了个大大的哈欠，可是{n}一点儿也不困。
es: Era la hora de dormir. {n} se puso el pijama suave y se cepilló los dientes. | {c} bostezó muy grande, pero {n} no tenía nada de sueño.
vi: Đã đến giờ đi ngủ. {n} mặc bộ đồ ngủ mềm mại và đánh răng thật sạch. | {c} ngáp một cái thật to, nhưng {n} thì chẳng buồn ngủ chút nào.
fr: C'est l'heure d'aller au lit. {n} met un pyjama tout doux et se brosse les dents. | {c} fait un grand bâillement, mais {n} n'a pas du tout sommeil.
de: Es war Schlafenszeit. {n} zog einen weichen Schlafanzug an und putzte sich die Zähne. | {c} gähnte ganz groß, aber {n} war überhaupt nicht müde.

@bedtime.problem
set: bedroom
time: night
scene: looking out the window at a big round moon from bed
vocab: moon window lullaby
en: {n} could not fall asleep. The big round moon peeked through the window. | “Let's find the moon's lullaby,” whispered {c}. “It is the sleepiest song of all.”
ko: {n.eun} 잠이 오지 않았어요. 커다랗고 둥근 달이 창문으로 살짝 들여다보았어요. | “달님의 자장가를 찾으러 가자.” {c.i} 속삭였어요. “세상에서 제일 졸린 노래래.”
ja: {n}はねむれませんでした。大きなまるいお月さまが、まどからのぞいています。 | 「お月さまの子もり歌をさがしに行こう」と{c}がささやきました。「いちばんねむくなる歌なんだって」
zh: {n}怎么也睡不着。又大又圆的月亮从窗户外面探进头来。 | “我们去找月亮的摇篮曲吧，”{c}小声说，“那是世界上最让人想睡觉的歌。”
es: {n} no podía dormirse. La luna, grande y redonda, se asomaba por la ventana. | «Vamos a buscar la nana de la luna», susurró {c}. «Es la canción más dormilona de todas».
vi: {n} mãi không ngủ được. Ông trăng tròn to nhìn qua ô cửa sổ. | “Mình đi tìm bài hát ru của ông trăng nhé,” {c} thì thầm. “Đó là bài hát ru ngủ ngon nhất trên đời.”
fr: {n} n'arrive pas à s'endormir. La grosse lune ronde regarde par la fenêtre. | « Allons chercher la berceuse de la lune, chuchote {c}. C'est la chanson qui endort le mieux. »
de: {n} konnte nicht einschlafen. Der große, runde Mond schaute durch das Fenster. | „Lass uns das Schlaflied des Mondes suchen“, flüsterte {c}. „Es ist das schläfrigste Lied von allen.“

@bedtime.setout
set: garden
time: night
scene: tiptoeing out into the quiet garden in pajamas
vocab: garden night grass
en: {n} and {c} tiptoed out into the quiet garden. The night was soft and still. | The grass was cool under their feet, and the crickets played a tiny tune.
ko: {n.wa} {c.eun} 살금살금 조용한 정원으로 나갔어요. 밤은 부드럽고 고요했어요. | 발밑의 풀은 시원했고, 귀뚜라미들이 작은 노래를 연주했어요.
ja: {n}と{c}は、そっとしずかなにわへ出ました。夜はやさしく、しんとしていました。 | 足もとの草はひんやりして、コオロギが小さな音楽をかなでていました。
zh: {n}和{c}踮着脚尖走进安静的花园。夜晚温柔又宁静。 | 脚下的小草凉凉的，蟋蟀在演奏一首小小的曲子。
es: {n} y {c} salieron de puntillas al jardín silencioso. La noche era suave y tranquila. | La hierba estaba fresquita bajo sus pies, y los grillos tocaban una melodía chiquita.
vi: {n} và {c} rón rén bước ra khu vườn yên tĩnh. Màn đêm thật dịu dàng và tĩnh lặng. | Cỏ mát lạnh dưới chân, và lũ dế đang chơi một bản nhạc nho nhỏ.
fr: {n} et {c} sortent sur la pointe des pieds dans le jardin silencieux. La nuit est douce et calme. | L'herbe est fraîche sous leurs pieds, et les grillons jouent une toute petite musique.
de: {n} und {c} schlichen auf Zehenspitzen in den stillen Garten. Die Nacht war sanft und ruhig. | Das Gras war kühl unter ihren Füßen, und die Grillen spielten ein winziges Lied.

@bedtime.transition
set: sky
time: night
scene: floating up on a soft fluffy cloud
vocab: cloud sky
en: A soft cloud floated down. {n} and {c} climbed on, and up they went into the sky! | Up, up, up they floated, past sleepy birds and quiet rooftops.
ko: 포근한 구름이 둥실 내려왔어요. {n.wa} {c.eun} 구름에 올라타고 하늘 높이 올라갔어요! | 졸린 새들과 조용한 지붕들을 지나, 위로 위로 둥실둥실 떠올랐어요.
ja: ふわふわの雲がおりてきました。{n}と{c}はのりこんで、空へのぼっていきました！ | ねむそうな鳥たちや、しずかなやねの上を、ふわりふわりとのぼっていきました。
zh: 一朵软软的云飘了下来。{n}和{c}爬上去，一起飞上了天空！ | 他们越飘越高，经过了睡意朦胧的小鸟和安安静静的屋顶。
es: Una nube suave bajó flotando. ¡{n} y {c} se subieron y volaron hacia el cielo! | Subieron y subieron, más allá de los pájaros dormidos y los tejados silenciosos.
vi: Một đám mây mềm mại bay xuống. {n} và {c} trèo lên, rồi bay vút lên bầu trời! | Lên, lên mãi, qua những chú chim đang ngủ và những mái nhà yên lặng.
fr: Un nuage tout doux descend. {n} et {c} grimpent dessus, et hop, ils s'envolent dans le ciel ! | Ils montent, montent, au-dessus des oiseaux endormis et des toits silencieux.
de: Eine weiche Wolke schwebte herab. {n} und {c} kletterten hinauf, und schon ging es hoch in den Himmel! | Höher und höher schwebten sie, vorbei an schlafenden Vögeln und stillen Dächern.

@bedtime.turn
set: sky
time: night
scene: floating among dark clouds while tiny fireflies show the way
vocab: cloud moon firefly
en: Oh! A big cloud covered the moon. Which way now? | Then tiny fireflies came and made a glowing path to follow.
ko: 어머나! 커다란 구름이 달을 가려 버렸어요. 이제 어느 쪽으로 가지? | 그때 작은 반딧불이들이 날아와 반짝반짝 빛나는 길을 만들어 주었어요.
ja: あっ！大きな雲がお月さまをかくしてしまいました。どっちへ行けばいいの？ | そのとき、小さなホタルたちがやってきて、ひかる道をつくってくれました。
zh: 哎呀！一大片云遮住了月亮。现在该往哪儿走呢？ | 这时，小小的萤火虫飞来了，排成一条发光的小路，给他们带路。
es: ¡Oh! Una nube grande tapó la luna. ¿Por dónde ir ahora? | Entonces llegaron unas luciérnagas diminutas y formaron un camino de luz para seguir.
vi: Ôi! Một đám mây lớn che mất ông trăng. Giờ đi lối nào đây? | Rồi những chú đom đóm tí hon bay đến, xếp thành một con đường lấp lánh để dẫn lối.
fr: Oh ! Un gros nuage cache la lune. Par où aller maintenant ? | Alors de toutes petites lucioles arrivent et dessinent un chemin lumineux à suivre.
de: Oh! Eine große Wolke schob sich vor den Mond. Wohin jetzt? | Da kamen winzige Glühwürmchen und machten einen leuchtenden Pfad, dem sie folgen konnten.

@bedtime.solution
set: sky
scene: listening to the smiling moon sing a lullaby
vocab: moon lullaby
en: The moon smiled and sang a soft, sleepy lullaby. {n} yawned a big yawn. | The song was as gentle as a feather and as warm as a blanket.
ko: 달님이 방긋 웃으며 부드럽고 졸린 자장가를 불러 주었어요. {n.eun} 하품을 크게 했어요. | 노래는 깃털처럼 부드럽고 이불처럼 따뜻했어요.
ja: お月さまはにっこりして、やさしい子もり歌をうたってくれました。{n}は大きなあくびをしました。 | その歌は、はねのようにやさしく、毛布のようにあたたかでした。
zh: 月亮笑眯眯地唱起了一首轻柔的摇篮曲。{n}打了个大大的哈欠。 | 歌声像羽毛一样轻柔，像被子一样温暖。
es: La luna sonrió y cantó una nana suave y dormilona. {n} bostezó muy grande. | La canción era tan suave como una pluma y tan calentita como una manta.
vi: Ông trăng mỉm cười và hát một bài hát ru thật êm. {n} ngáp một cái thật dài. | Bài hát nhẹ như lông vũ và ấm áp như chiếc chăn bông.
fr: La lune sourit et chante une berceuse douce et endormante. {n} fait un grand bâillement. | La chanson est légère comme une plume et chaude comme une couverture.
de: Der Mond lächelte und sang ein sanftes, müdes Schlaflied. {n} gähnte ganz groß. | Das Lied war so zart wie eine Feder und so warm wie eine Decke.

@bedtime.ending
set: bedroom
time: night
scene: sleeping peacefully under a warm blanket in the moonlight
vocab: bed blanket dream
en: Back in bed, {n} snuggled under the blanket. “Goodnight, {c},” whispered {n}. | The moon kept singing softly until {n} was fast asleep, dreaming happy dreams.
ko: 다시 침대로 돌아온 {n.eun} 이불 속으로 쏙 들어갔어요. “잘 자, {c.ya}.” {n.i} 속삭였어요. | 달님은 {n.i} 행복한 꿈을 꾸며 깊이 잠들 때까지 조용히 노래를 불러 주었어요.
ja: ベッドにもどった{n}は、毛布にくるまりました。「おやすみ、{c}」と{n}はささやきました。 | お月さまは、{n}がぐっすりねむって、しあわせなゆめを見るまで、そっと歌いつづけました。
zh: 回到床上，{n}钻进了被子里。“晚安，{c}。”{n}小声说。 | 月亮一直轻轻地唱着，直到{n}甜甜地睡着，做起了快乐的梦。
es: De vuelta en la cama, {n} se acurrucó bajo la manta. «Buenas noches, {c}», susurró {n}. | La luna siguió cantando bajito hasta que {n} se durmió profundamente, soñando sueños felices.
vi: Trở lại giường, {n} rúc vào trong chăn. “Chúc ngủ ngon, {c},” {n} thì thầm. | Ông trăng vẫn khe khẽ hát cho đến khi {n} ngủ say, mơ những giấc mơ thật đẹp.
fr: De retour dans son lit, {n} se blottit sous la couverture. « Bonne nuit, {c} », chuchote {n}. | La lune continue de chanter tout bas, jusqu'à ce que {n} s'endorme profondément et fasse de beaux rêves.
de: Zurück im Bett kuschelte sich {n} unter die Decke. „Gute Nacht, {c}“, flüsterte {n}. | Der Mond sang leise weiter, bis {n} tief und fest schlief und von schönen Dingen träumte.

# ---------------------------------------------------------------- space
@space.opening
set: garden
time: evening
scene: looking up at the first stars from the garden
vocab: star garden
en: {n} and {c} loved to look at the stars from the garden. | Every evening they counted them: one, two, three... far too many to count!
ko: {n.wa} {c.eun} 정원에서 별을 바라보는 걸 좋아했어요. | 저녁마다 별을 세어 보았지요. 하나, 둘, 셋… 너무 많아서 다 셀 수가 없었어요!
ja: {n}と{c}は、にわから星をながめるのが大すきでした。 | 毎晩、星をかぞえました。ひとつ、ふたつ、みっつ…多すぎて、かぞえきれません！
zh: {n}和{c}最喜欢在花园里看星星。 | 每天晚上，他们都数星星：一颗、两颗、三颗……多得根本数不完！
es: A {n} y a {c} les encantaba mirar las estrellas desde el jardín. | Cada noche las contaban: una, dos, tres... ¡eran demasiadas para contarlas!
vi: {n} và {c} rất thích ngắm sao từ khu vườn. | Tối nào hai bạn cũng đếm sao: một, hai, ba... nhiều quá đếm không xuể!
fr: {n} et {c} adorent regarder les étoiles depuis le jardin. | Chaque soir, ils les comptent : une, deux, trois... il y en a beaucoup trop !
de: {n} und {c} schauten so gern vom Garten aus die Sterne an. | Jeden Abend zählten sie: eins, zwei, drei... viel zu viele zum Zählen!

@space.problem
set: garden
time: night
scene: finding a tiny glowing star that has fallen into the grass
vocab: star garden sky
en: One night, something landed in the garden with a soft plop. It was a little star! | “I fell from the sky and I can't get home,” said the little star. “Please help me.”
ko: 어느 밤, 무언가가 톡 하고 정원에 떨어졌어요. 작은 아기 별이었어요! | “하늘에서 떨어져서 집에 갈 수가 없어.” 아기 별이 말했어요. “도와줄래?”
ja: ある夜、なにかがポトンとにわにおちてきました。小さな星でした！ | 「空からおちて、おうちにかえれないの」と小さな星は言いました。「たすけてくれる？」
zh: 一天晚上，有个东西“噗”的一声落进了花园。原来是一颗小星星！ | “我从天上掉下来，回不了家了，”小星星说，“请帮帮我吧。”
es: Una noche, algo cayó en el jardín con un suave ¡plof! ¡Era una pequeña estrella! | «Me caí del cielo y no puedo volver a casa», dijo la pequeña estrella. «¿Me ayudas?»
vi: Một đêm nọ, có thứ gì đó rơi bộp xuống khu vườn. Đó là một ngôi sao nhỏ! | “Tớ bị rơi từ trên trời xuống và không về nhà được,” ngôi sao nhỏ nói. “Giúp tớ với.”
fr: Une nuit, quelque chose tombe dans le jardin avec un petit « plop ». C'est une petite étoile ! | « Je suis tombée du ciel et je ne peux plus rentrer chez moi, dit la petite étoile. Aidez-moi, s'il vous plaît. »
de: Eines Nachts plumpste etwas leise in den Garten. Es war ein kleiner Stern! | „Ich bin vom Himmel gefallen und finde nicht mehr nach Hause“, sagte der kleine Stern. „Bitte hilf mir.“

@space.setout
set: garden
time: night
scene: packing a bag for a trip to the stars, holding a tiny glowing star
vocab: star bag home
en: “We will take you home, little star!” said {n}, and packed a bag for the trip. | {c} brought a flashlight and a warm blanket, because space can be a little chilly.
ko: “아기 별아, 우리가 집에 데려다줄게!” {n.i} 말하며 여행 가방을 챙겼어요. | {c.eun} 손전등과 따뜻한 담요를 챙겼어요. 우주는 조금 쌀쌀할 수도 있으니까요.
ja: 「小さな星さん、おうちまでつれていってあげるね！」と{n}は言って、旅のかばんをじゅんびしました。 | {c}は、かいちゅうでんとうと、あたたかい毛布をもってきました。宇宙はちょっとさむいかもしれないからです。
zh: “小星星，我们送你回家！”{n}说着，收拾好了旅行背包。 | {c}带上了手电筒和暖和的毯子，因为太空里可能有点儿冷。
es: «¡Te llevaremos a casa, pequeña estrella!», dijo {n}, y preparó una mochila para el viaje. | {c} llevó una linterna y una manta calentita, porque en el espacio puede hacer un poco de frío.
vi: “Bọn tớ sẽ đưa cậu về nhà, ngôi sao nhỏ ơi!” {n} nói rồi chuẩn bị ba lô cho chuyến đi. | {c} mang theo đèn pin và một chiếc chăn ấm, vì vũ trụ có thể hơi lạnh.
fr: « On va te ramener chez toi, petite étoile ! » dit {n}, en préparant un sac pour le voyage. | {c} apporte une lampe de poche et une couverture bien chaude, car il peut faire un peu froid dans l'espace.
de: „Wir bringen dich nach Hause, kleiner Stern!“, sagte {n} und packte einen Rucksack für die Reise. | {c} nahm eine Taschenlampe und eine warme Decke mit, denn im Weltraum kann es ein bisschen kalt sein.

@space.transition
set: space
time: night
scene: blasting off in a cardboard rocket with a tiny glowing star
vocab: rocket box cloud
en: {n} and {c} built a rocket from a big box. 3, 2, 1... Blast off! | The rocket zoomed up past the clouds, with the little star glowing in {n.s} hands.
ko: {n.wa} {c.eun} 커다란 상자로 로켓을 만들었어요. 3, 2, 1… 발사! | 로켓은 구름을 지나 슝 하고 날아올랐고, 아기 별은 {n}의 손 안에서 반짝반짝 빛났어요.
ja: {n}と{c}は、大きな箱でロケットをつくりました。3、2、1…はっしゃ！ | ロケットは雲をぬけてビューンととびあがり、小さな星は{n}の手の中でかがやいていました。
zh: {n}和{c}用一个大纸箱做了一枚火箭。三、二、一……发射！ | 火箭嗖地穿过云层，小星星在{n}的手心里闪闪发光。
es: {n} y {c} construyeron un cohete con una caja grande. 3, 2, 1... ¡Despegue! | El cohete subió zumbando entre las nubes, con la pequeña estrella brillando en las manos de {n}.
vi: {n} và {c} làm một chiếc tên lửa từ chiếc hộp to. 3, 2, 1... Phóng! | Tên lửa vút lên qua những đám mây, còn ngôi sao nhỏ thì lấp lánh trong tay {n}.
fr: {n} et {c} fabriquent une fusée avec un grand carton. 3, 2, 1... Décollage ! | La fusée file à travers les nuages, et la petite étoile brille dans les mains {n.de}.
de: {n} und {c} bauten aus einer großen Kiste eine Rakete. 3, 2, 1... Start! | Die Rakete sauste an den Wolken vorbei, und der kleine Stern leuchtete in {n.gen} Händen.

@space.turn
set: space
time: night
scene: floating among many twinkling stars, searching and listening
vocab: star home
en: There were so many stars! Which one was the little star's home? | The little star listened carefully and heard its family singing far away. “That way!”
ko: 별이 정말 많았어요! 어느 별이 아기 별의 집일까요? | 아기 별이 귀를 기울이자, 멀리서 가족들이 노래하는 소리가 들렸어요. “저쪽이야!”
ja: 星がたくさん！小さな星のおうちは、どこでしょう？ | 小さな星がじっと耳をすますと、遠くで家族が歌う声が聞こえました。「あっちだよ！」
zh: 星星好多啊！哪一颗才是小星星的家呢？ | 小星星仔细听，听见家人在远处唱歌。“在那边！”
es: ¡Había tantísimas estrellas! ¿Cuál era la casa de la pequeña estrella? | La pequeña estrella escuchó con atención y oyó a su familia cantar a lo lejos. «¡Por allí!»
vi: Có biết bao nhiêu là sao! Đâu là nhà của ngôi sao nhỏ nhỉ? | Ngôi sao nhỏ lắng nghe thật kỹ và nghe thấy gia đình mình đang hát ở phía xa. “Ở đằng kia!”
fr: Il y a tellement d'étoiles ! Laquelle est la maison de la petite étoile ? | La petite étoile écoute bien et entend sa famille chanter au loin. « Par là ! »
de: Es gab so viele Sterne! Wo war das Zuhause des kleinen Sterns? | Der kleine Stern lauschte genau und hörte seine Familie in der Ferne singen. „Dort entlang!“

@space.solution
set: space
scene: gently placing the little star back among the other stars
vocab: star sky
en: {n} gently put the little star back in its place in the sky. Twinkle, twinkle! | All the stars sparkled together, saying thank you in their shiny star way.
ko: {n.eun} 아기 별을 하늘의 제자리에 살며시 놓아 주었어요. 반짝반짝! | 모든 별들이 함께 반짝이며, 별들만의 방식으로 고맙다고 인사했어요.
ja: {n}は小さな星を、空のもとのばしょにそっともどしました。キラキラ！ | 星たちはみんないっしょにきらめいて、星らしいやりかたで「ありがとう」と言いました。
zh: {n}轻轻地把小星星放回了天空中它原来的位置。一闪一闪亮晶晶！ | 所有的星星一起闪烁，用星星的方式说着谢谢。
es: {n} devolvió con cuidado a la pequeña estrella a su sitio en el cielo. ¡Brilla, brilla! | Todas las estrellas centellearon juntas, dando las gracias a su manera brillante.
vi: {n} nhẹ nhàng đặt ngôi sao nhỏ trở về chỗ cũ trên bầu trời. Lấp lánh, lấp lánh! | Tất cả các vì sao cùng nhấp nháy, nói lời cảm ơn theo cách lung linh của mình.
fr: {n} remet doucement la petite étoile à sa place dans le ciel. Scintille, scintille ! | Toutes les étoiles brillent ensemble pour dire merci, à leur manière étincelante.
de: {n} setzte den kleinen Stern vorsichtig zurück an seinen Platz am Himmel. Funkel, funkel! | Alle Sterne funkelten zusammen und sagten auf ihre glitzernde Art Danke.

@space.ending
set: bedroom
time: night
scene: looking out the bedroom window at a twinkling star
vocab: star window bed
en: Back in bed, {n} looked out the window. The little star winked! | Now, every night, the little star twinkles just for {n}, as if to say, “Goodnight, my friend.”
ko: 다시 침대에 누운 {n.eun} 창문 밖을 보았어요. 아기 별이 윙크를 했어요! | 이제 밤마다 아기 별은 {n.eul} 위해 반짝여요. “잘 자, 내 친구.” 하고 말하듯이요.
ja: ベッドにもどった{n}は、まどの外を見ました。小さな星がウインクしました！ | 今では毎晩、小さな星は{n}のためにきらめきます。「おやすみ、わたしの友だち」と言うように。
zh: 回到床上，{n}望向窗外。小星星眨了眨眼睛！ | 现在，每天晚上，小星星都只为{n}闪烁，好像在说：“晚安，我的朋友。”
es: De vuelta en la cama, {n} miró por la ventana. ¡La pequeña estrella le guiñó un ojo! | Ahora, cada noche, la pequeña estrella brilla solo para {n}, como si dijera: «Buenas noches».
vi: Trở lại giường, {n} nhìn ra ngoài cửa sổ. Ngôi sao nhỏ nháy mắt! | Giờ đây, đêm nào ngôi sao nhỏ cũng lấp lánh chỉ dành cho {n}, như muốn nói: “Chúc ngủ ngon, bạn của tớ.”
fr: De retour dans son lit, {n} regarde par la fenêtre. La petite étoile lui fait un clin d'œil ! | Maintenant, chaque nuit, la petite étoile brille rien que pour {n}, comme pour dire : « Bonne nuit. »
de: Zurück im Bett schaute {n} aus dem Fenster. Der kleine Stern zwinkerte! | Jetzt funkelt der kleine Stern jede Nacht nur für {n}, als wollte er sagen: „Gute Nacht.“

# ---------------------------------------------------------------- ocean
@ocean.opening
set: beach
time: morning
scene: collecting seashells by the waves
vocab: beach shell wave
en: {n} and {c} loved to play on the beach and collect shells. | They built sandcastles and listened to the waves go swish, swoosh, swish.
ko: {n.wa} {c.eun} 바닷가에서 놀며 조개껍데기 줍는 걸 좋아했어요. | 모래성도 쌓고, 철썩철썩 파도 소리에 귀를 기울였지요.
ja: {n}と{c}は、はまべであそんで、貝がらをひろうのが大すきでした。 | すなのおしろをつくったり、ザブーン、ザザーンという波の音を聞いたりしました。
zh: {n}和{c}最喜欢在海滩上玩，捡贝壳。 | 他们堆沙堡，听海浪哗啦、哗啦地唱歌。
es: A {n} y a {c} les encantaba jugar en la playa y recoger conchas. | Hacían castillos de arena y escuchaban las olas: chis, chas, chis.
vi: {n} và {c} rất thích chơi trên bãi biển và nhặt vỏ sò. | Hai bạn xây lâu đài cát và lắng nghe tiếng sóng rì rào, rì rào.
fr: {n} et {c} adorent jouer sur la plage et ramasser des coquillages. | Ils construisent des châteaux de sable et écoutent les vagues faire chhh, chhh.
de: {n} und {c} spielten so gern am Strand und sammelten Muscheln. | Sie bauten Sandburgen und lauschten den Wellen: wusch, wusch.

@ocean.problem
set: beach
scene: meeting {h} with a sad face at the edge of the water
vocab: @h pearl water
en: By the water, {n} met {h.a} with a sad face. “The Rainbow Pearl is lost!” | “Without it, our coral reef is losing all its colors,” said {h.the}. “Can you help?”
ko: 물가에서 {n.eun} 슬픈 얼굴을 한 {h.eul} 만났어요. “무지개 진주를 잃어버렸어!” | “진주가 없으면 산호초가 색깔을 다 잃어버려.” {h.i} 말했어요. “도와줄 수 있니?”
ja: 水べで、{n}はかなしそうな顔をした{h}に出会いました。「にじいろのしんじゅが、なくなっちゃったの！」 | 「しんじゅがないと、サンゴしょうの色がどんどんきえてしまうの」と{h}は言いました。「たすけてくれる？」
zh: 在水边，{n}遇见了{h.a}，它一脸难过。“彩虹珍珠不见了！” | “没有它，我们的珊瑚礁就会失去所有的颜色，”{h}说，“你们能帮帮忙吗？”
es: Junto al agua, {n} conoció a {h.a} con cara triste. «¡Se ha perdido la Perla Arcoíris!» | «Sin ella, nuestro arrecife de coral está perdiendo todos sus colores», dijo {h.the}. «¿Nos ayudas?»
vi: Bên mép nước, {n} gặp {h.a} có khuôn mặt buồn thiu. “Viên ngọc trai cầu vồng bị mất rồi!” | “Không có nó, rạn san hô của chúng tớ đang mất hết màu sắc,” {h} nói. “Các bạn giúp tớ được không?”
fr: Au bord de l'eau, {n} rencontre {h.a} à l'air tout triste. « La perle arc-en-ciel a disparu ! » | « Sans elle, notre récif de corail perd toutes ses couleurs, dit {h.the}. Pouvez-vous nous aider ? »
de: Am Wasser traf {n} {h.a_acc} mit einem traurigen Gesicht. „Die Regenbogen-Perle ist verschwunden!“ | „Ohne sie verliert unser Korallenriff alle seine Farben“, sagte {h.nom}. „Könnt ihr uns helfen?“

@ocean.setout
set: beach
scene: following {h} along the shore
vocab: pearl @h beach wave
en: “We will find the Rainbow Pearl!” said {n}. {n} and {c} followed {h.the} along the shore. | The waves tickled their toes, and seagulls called hello from above.
ko: “우리가 무지개 진주를 찾아 줄게!” {n.i} 말했어요. {n.wa} {c.eun} {h.eul} 따라 바닷가를 걸었어요. | 파도가 발가락을 간질였고, 갈매기들이 하늘에서 끼룩끼룩 인사했어요.
ja: 「にじいろのしんじゅを見つけてあげる！」と{n}は言いました。{n}と{c}は、{h}について、はまべを歩きました。 | 波が足の指をくすぐり、カモメたちが空から「こんにちは」とないていました。
zh: “我们会找到彩虹珍珠的！”{n}说。{n}和{c}跟着{h}沿着海滩往前走。 | 海浪挠着他们的脚趾，海鸥在天上叫着打招呼。
es: «¡Encontraremos la Perla Arcoíris!», dijo {n}. {n} y {c} siguieron {h.al} por la orilla. | Las olas les hacían cosquillas en los pies, y las gaviotas los saludaban desde arriba.
vi: “Chúng mình sẽ tìm được viên ngọc trai cầu vồng!” {n} nói. {n} và {c} đi theo {h} dọc bờ biển. | Sóng biển cù vào ngón chân, và những chú hải âu kêu chào từ trên cao.
fr: « Nous allons trouver la perle arc-en-ciel ! » dit {n}. {n} et {c} suivent {h.the} le long du rivage. | Les vagues leur chatouillent les orteils, et les mouettes les saluent d'en haut.
de: „Wir finden die Regenbogen-Perle!“, sagte {n}. {n} und {c} folgten {h.dat} am Strand entlang. | Die Wellen kitzelten ihre Zehen, und die Möwen riefen von oben Hallo.

@ocean.transition
set: ocean
scene: diving into the water inside shiny magic bubbles, {h} leading the way
vocab: bubble sea
en: {h.The} gave them magic bubbles to breathe underwater. Splash! Down into the sea they went. | The sea was cool and blue, and sunbeams danced through the water like ribbons.
ko: {h.i} 물속에서도 숨 쉴 수 있는 마법의 공기 방울을 주었어요. 풍덩! 둘은 바다 깊이 들어갔어요. | 바다는 시원하고 파랬고, 햇살이 리본처럼 물속에서 춤을 추었어요.
ja: {h}は、水の中でもいきができるまほうのあわをくれました。ザブン！ふたりは海の中へ。 | 海はつめたくて青く、お日さまのひかりがリボンのように水の中でおどっていました。
zh: {h}给了他们能在水下呼吸的魔法泡泡。扑通！他们潜进了大海。 | 大海凉凉的、蓝蓝的，阳光像丝带一样在水里跳舞。
es: {h.The} les dio burbujas mágicas para respirar bajo el agua. ¡Chof! Y se sumergieron en el mar. | El mar estaba fresquito y azul, y los rayos de sol bailaban en el agua como cintas.
vi: {h.The} tặng hai bạn những bong bóng thần kỳ để thở dưới nước. Tùm! Hai bạn lặn xuống biển. | Biển mát lạnh và xanh biếc, những tia nắng nhảy múa trong nước như dải ruy băng.
fr: {h.The} leur donne des bulles magiques pour respirer sous l'eau. Plouf ! Ils plongent dans la mer. | La mer est fraîche et bleue, et les rayons du soleil dansent dans l'eau comme des rubans.
de: {h.Nom} gab ihnen magische Blasen, damit sie unter Wasser atmen konnten. Platsch! Hinunter ins Meer. | Das Meer war kühl und blau, und Sonnenstrahlen tanzten wie Bänder durchs Wasser.

@ocean.turn
set: ocean
scene: searching through tall swaying seaweed with little fish
vocab: seaweed pearl
en: The seaweed was tall and tangled. Where could the pearl be? | Then {c} spotted a tiny glimmer, and a group of little fish swam ahead to show the way.
ko: 해초 숲은 키가 크고 뒤엉켜 있었어요. 진주는 어디 있을까요? | 그때 {c.i} 작은 반짝임을 발견했고, 작은 물고기 떼가 앞장서서 길을 알려 주었어요.
ja: 海そうは高くて、からまりあっていました。しんじゅは、どこにあるのでしょう？ | そのとき、{c}が小さなきらめきを見つけました。小さな魚たちが先に立って、道をおしえてくれました。
zh: 海草又高又密，缠在一起。珍珠会在哪里呢？ | 这时，{c}发现了一点小小的闪光，一群小鱼游在前面给他们带路。
es: Las algas eran altas y estaban enredadas. ¿Dónde estaría la perla? | Entonces {c} vio un destello diminuto, y un banco de peces pequeños nadó delante para enseñarles el camino.
vi: Rong biển mọc cao và rối tung. Viên ngọc trai ở đâu nhỉ? | Rồi {c} phát hiện ra một tia sáng nhỏ xíu, và một đàn cá con bơi lên trước để dẫn đường.
fr: Les algues sont hautes et tout emmêlées. Où peut bien être la perle ? | Alors {c} aperçoit une petite lueur, et un banc de petits poissons nage devant pour montrer le chemin.
de: Der Seetang war hoch und ganz verheddert. Wo konnte die Perle nur sein? | Da entdeckte {c} ein winziges Glitzern, und ein Schwarm kleiner Fische schwamm voraus, um den Weg zu zeigen.

@ocean.solution
set: ocean
scene: placing a glowing pearl on a bright coral reef
vocab: pearl shell reef
en: In a big shell, {n} found the Rainbow Pearl and put it back. The reef shone with colors again! | Pink, blue, yellow and green danced all around, and the fish cheered with bubbly voices.
ko: 커다란 조개 속에서 {n.eun} 무지개 진주를 찾아 제자리에 돌려놓았어요. 산호초가 다시 알록달록 빛났어요! | 분홍, 파랑, 노랑, 초록빛이 사방에서 춤을 추었고, 물고기들은 보글보글 환호했어요.
ja: 大きな貝の中で、{n}はにじいろのしんじゅを見つけて、もとにもどしました。サンゴしょうに、また色がもどりました！ | ピンク、青、黄色、緑がまわりでおどり、魚たちはブクブクとよろこびの声をあげました。
zh: {n}在一个大贝壳里找到了彩虹珍珠，把它放回了原处。珊瑚礁又变得五彩缤纷了！ | 粉色、蓝色、黄色和绿色在四周跳起舞来，小鱼们吐着泡泡欢呼。
es: Dentro de una gran concha, {n} encontró la Perla Arcoíris y la devolvió a su sitio. ¡El arrecife volvió a brillar de colores! | El rosa, el azul, el amarillo y el verde bailaban por todas partes, y los peces lo celebraban con burbujas.
vi: Trong một vỏ sò lớn, {n} tìm thấy viên ngọc trai cầu vồng và đặt nó về chỗ cũ. Rạn san hô lại rực rỡ sắc màu! | Hồng, xanh dương, vàng và xanh lá nhảy múa khắp nơi, và đàn cá reo hò trong những chuỗi bong bóng.
fr: Dans un grand coquillage, {n} trouve la perle arc-en-ciel et la remet à sa place. Le récif brille à nouveau de toutes ses couleurs ! | Le rose, le bleu, le jaune et le vert dansent partout, et les poissons applaudissent en faisant des bulles.
de: In einer großen Muschel fand {n} die Regenbogen-Perle und legte sie zurück. Das Riff leuchtete wieder in allen Farben! | Rosa, Blau, Gelb und Grün tanzten überall, und die Fische jubelten mit blubbernden Stimmen.

@ocean.ending
set: bedroom
time: night
scene: falling asleep while listening to the waves through an open window
vocab: wave night
en: That night, {n} could still hear the waves. {n} smiled a sleepy smile. | Far away under the sea, the reef glowed softly, like a happy rainbow.
ko: 그날 밤에도 {n}에게는 파도 소리가 들렸어요. {n.eun} 졸린 얼굴로 빙그레 웃었어요. | 저 멀리 바닷속에서는 산호초가 행복한 무지개처럼 은은하게 빛나고 있었어요.
ja: その夜も、{n}には波の音が聞こえていました。{n}はねむそうににっこりしました。 | 遠い海のそこでは、サンゴしょうが、しあわせなにじのようにやさしくひかっていました。
zh: 那天晚上，{n}还能听见海浪的声音。{n}困困地笑了。 | 在遥远的大海深处，珊瑚礁像一道快乐的彩虹，轻轻地发着光。
es: Esa noche, {n} todavía podía oír las olas. {n} sonrió con sueño. | Lejos, bajo el mar, el arrecife brillaba suavemente, como un arcoíris feliz.
vi: Đêm hôm ấy, {n} vẫn nghe thấy tiếng sóng. {n} mỉm cười ngái ngủ. | Xa xa dưới lòng biển, rạn san hô tỏa sáng dịu dàng như một cầu vồng hạnh phúc.
fr: Cette nuit-là, {n} entend encore les vagues. {n} fait un sourire tout ensommeillé. | Loin sous la mer, le récif brille doucement, comme un arc-en-ciel heureux.
de: In dieser Nacht konnte {n} noch immer die Wellen hören. {n} lächelte müde. | Weit draußen unter dem Meer leuchtete das Riff sanft wie ein fröhlicher Regenbogen.

# ---------------------------------------------------------------- generic (any other theme)
@generic.opening
set: garden
time: morning
scene: discovering a tiny golden key in the grass
vocab: key garden
en: One morning in the garden, {n} found a tiny golden key. | “What could it open?” wondered {n}, turning it over and over in the sunshine.
ko: 어느 아침, {n.eun} 정원에서 작은 황금 열쇠를 발견했어요. | “이건 무엇을 여는 열쇠일까?” {n.eun} 햇살 아래에서 열쇠를 이리저리 돌려 보았어요.
ja: ある朝、{n}はにわで小さな金色のかぎを見つけました。 | 「なにをあけるかぎなのかな？」{n}はお日さまの下で、かぎを何度もひっくりかえしてみました。
zh: 一天早上，{n}在花园里发现了一把小小的金钥匙。 | “它能打开什么呢？”{n}在阳光下把钥匙翻来覆去地看。
es: Una mañana, en el jardín, {n} encontró una pequeña llave dorada. | «¿Qué abrirá?», se preguntó {n}, dándole vueltas y vueltas bajo el sol.
vi: Một buổi sáng, {n} tìm thấy một chiếc chìa khóa vàng nhỏ xíu trong vườn. | “Nó mở được cái gì nhỉ?” {n} tự hỏi, xoay đi xoay lại chiếc chìa khóa dưới nắng.
fr: Un matin, dans le jardin, {n} trouve une minuscule clé dorée. | « Qu'est-ce qu'elle peut bien ouvrir ? » se demande {n} en la tournant et la retournant au soleil.
de: Eines Morgens fand {n} im Garten einen winzigen goldenen Schlüssel. | „Was er wohl öffnet?“, fragte sich {n} und drehte ihn in der Sonne hin und her.
en.t: All week, {n} had been thinking about {t}.
ko.t: {n.eun} 일주일 내내 {t}에 대해 생각했어요.
ja.t: {n}は一週間ずっと、{t}のことを考えていました。
zh.t: 这一整个星期，{n}都在想着{t}。
es.t: Toda la semana, {n} había estado pensando en {t}.
vi.t: Cả tuần nay, {n} cứ nghĩ mãi về {t}.
fr.t: Depuis une semaine, {n} pense très fort à {t}.
de.t: Die ganze Woche hatte {n} an {t} gedacht.
en.t0: All week, {n} had been dreaming of something special.
ko.t0: {n.eun} 일주일 내내 특별한 무언가를 꿈꾸었어요.
ja.t0: {n}は一週間ずっと、なにかとくべつなことをゆめ見ていました。
zh.t0: 这一整个星期，{n}都在梦想着一件特别的事。
es.t0: Toda la semana, {n} había soñado con algo especial.
vi.t0: Cả tuần nay, {n} cứ mơ về một điều thật đặc biệt.
fr.t0: Depuis une semaine, {n} rêve de quelque chose de spécial.
de.t0: Die ganze Woche hatte {n} von etwas Besonderem geträumt.

@generic.problem
set: garden
scene: looking closely at a tiny picture of a door on a golden key
vocab: key door hill
en: On the key was a tiny picture of a door on a faraway hill. | “Let's find that door!” said {n}, and {c} jumped up, ready to go.
ko: 열쇠에는 먼 언덕 위에 있는 문 그림이 조그맣게 새겨져 있었어요. | “그 문을 찾으러 가자!” {n.i} 말하자, {c.i} 벌떡 일어났어요.
ja: かぎには、遠いおかの上にあるドアの小さな絵がほってありました。 | 「そのドアをさがしに行こう！」と{n}が言うと、{c}はぴょんと立ちあがりました。
zh: 钥匙上刻着一幅小小的图画：远处的山坡上有一扇门。 | “我们去找那扇门吧！”{n}说。{c}一下子跳了起来，准备出发。
es: En la llave había un dibujito de una puerta en una colina lejana. | «¡Vamos a buscar esa puerta!», dijo {n}, y {c} dio un salto, con ganas de salir.
vi: Trên chiếc chìa khóa có khắc hình một cánh cửa nhỏ trên ngọn đồi xa xa. | “Mình đi tìm cánh cửa đó nào!” {n} nói, và {c} nhảy cẫng lên, sẵn sàng lên đường.
fr: Sur la clé, il y a un tout petit dessin : une porte sur une colline lointaine. | « Allons trouver cette porte ! » dit {n}, et {c} fait un bond de joie.
de: Auf dem Schlüssel war ein winziges Bild: eine Tür auf einem fernen Hügel. | „Lass uns diese Tür finden!“, rief {n}, und {c} sprang sofort auf.

@generic.turn
set: forest
scene: peeking through a small gap in a thick green hedge
vocab: bush door path
en: A thick wall of bushes blocked the path. Where was the door? | {n} looked very closely and found a small gap, just big enough to squeeze through.
ko: 빽빽한 덤불이 길을 막고 있었어요. 문은 어디 있을까요? | {n.eun} 아주 자세히 살펴보다가, 겨우 빠져나갈 만한 작은 틈을 찾았어요.
ja: こんもりしたしげみが、道をふさいでいました。ドアはどこでしょう？ | {n}はよーく見て、やっと通りぬけられるくらいの小さなすきまを見つけました。
zh: 一大片茂密的灌木丛挡住了路。门在哪里呢？ | {n}仔细一看，发现了一条小小的缝隙，刚好能钻过去。
es: Un muro espeso de arbustos tapaba el camino. ¿Dónde estaba la puerta? | {n} miró con mucha atención y encontró un hueco pequeñito, justo para pasar.
vi: Một bức tường bụi cây rậm rạp chắn ngang đường. Cánh cửa ở đâu nhỉ? | {n} nhìn thật kỹ và tìm thấy một khe hở nhỏ, vừa đủ để chui qua.
fr: Un mur épais de buissons bloque le chemin. Où est la porte ? | {n} regarde de très près et trouve un petit passage, juste assez grand pour se faufiler.
de: Eine dichte Wand aus Büschen versperrte den Weg. Wo war die Tür? | {n} schaute ganz genau hin und fand eine kleine Lücke, gerade groß genug zum Durchschlüpfen.

@generic.solution
set: garden
scene: opening a little green door into a secret garden full of flowers
vocab: door key garden
en: There stood a little green door. The golden key fit perfectly! Click! | Behind the door was a secret garden full of singing flowers and butterflies of every color.
ko: 그곳에 작은 초록 문이 서 있었어요. 황금 열쇠가 딱 맞았어요! 찰칵! | 문 뒤에는 노래하는 꽃들과 알록달록한 나비들이 가득한 비밀 정원이 있었어요.
ja: そこには、小さな緑のドアがありました。金色のかぎが、ぴったり合いました！カチッ！ | ドアのむこうには、歌う花と、いろとりどりのチョウでいっぱいのひみつのにわがありました。
zh: 那里立着一扇小小的绿门。金钥匙正好合适！咔嗒！ | 门后是一个秘密花园，到处是会唱歌的花和五颜六色的蝴蝶。
es: Allí había una pequeña puerta verde. ¡La llave dorada encajaba perfecta! ¡Clic! | Detrás de la puerta había un jardín secreto lleno de flores cantarinas y mariposas de todos los colores.
vi: Ở đó có một cánh cửa nhỏ màu xanh lá. Chiếc chìa khóa vàng vừa khít! Cách! | Sau cánh cửa là một khu vườn bí mật đầy những bông hoa biết hát và những chú bướm đủ màu sắc.
fr: Là se trouve une petite porte verte. La clé dorée entre parfaitement ! Clic ! | Derrière la porte, il y a un jardin secret plein de fleurs qui chantent et de papillons de toutes les couleurs.
de: Dort stand eine kleine grüne Tür. Der goldene Schlüssel passte genau! Klick! | Hinter der Tür lag ein geheimer Garten voller singender Blumen und bunter Schmetterlinge.

@generic.ending
set: bedroom
time: night
scene: tucking a golden key under the pillow with a smile
vocab: key pillow night
en: That night, {n} put the golden key under the pillow. What a day! | Wonderful surprises are waiting for anyone who is curious and kind.
ko: 그날 밤, {n.eun} 황금 열쇠를 베개 밑에 넣어 두었어요. 정말 멋진 하루였어요! | 호기심 많고 다정한 아이에게는 언제나 멋진 일이 기다리고 있답니다.
ja: その夜、{n}は金色のかぎをまくらの下に入れました。なんてすてきな一日！ | わくわくする心とやさしい心をもった子には、いつだってすてきなおどろきがまっているのです。
zh: 那天晚上，{n}把金钥匙放在枕头底下。多么美好的一天啊！ | 对于好奇又善良的孩子，奇妙的惊喜总在等着他们。
es: Esa noche, {n} guardó la llave dorada debajo de la almohada. ¡Qué día! | Las sorpresas más bonitas esperan a quien tiene curiosidad y buen corazón.
vi: Đêm hôm ấy, {n} cất chiếc chìa khóa vàng dưới gối. Thật là một ngày tuyệt vời! | Những điều bất ngờ tuyệt diệu luôn chờ đợi những ai tò mò và tốt bụng.
fr: Cette nuit-là, {n} glisse la clé dorée sous son oreiller. Quelle journée ! | De merveilleuses surprises attendent tous ceux qui sont curieux et gentils.
de: In dieser Nacht legte {n} den goldenen Schlüssel unter das Kissen. Was für ein Tag! | Wunderbare Überraschungen warten auf alle, die neugierig und freundlich sind.
en.t: And whenever {n} thought about {t}, {n} remembered this wonderful day.
ko.t: 그 뒤로 {n.eun} {t}에 대해 생각할 때마다 이 멋진 하루를 떠올렸어요.
ja.t: それからというもの、{n}は{t}のことを考えるたびに、このすてきな一日を思い出しました。
zh.t: 从那以后，每当{n}想起{t}，就会想起这美好的一天。
es.t: Y cada vez que {n} pensaba en {t}, recordaba este día maravilloso.
vi.t: Và mỗi khi nghĩ về {t}, {n} lại nhớ đến ngày tuyệt vời này.
fr.t: Et chaque fois que {n} pense à {t}, {n} se souvient de cette merveilleuse journée.
de.t: Und immer, wenn {n} an {t} dachte, erinnerte sich {n} an diesen wunderbaren Tag.
en.t0: And whenever {n} looked at the golden key, {n} remembered this wonderful day.
ko.t0: 그 뒤로 {n.eun} 황금 열쇠를 볼 때마다 이 멋진 하루를 떠올렸어요.
ja.t0: それからというもの、{n}は金色のかぎを見るたびに、このすてきな一日を思い出しました。
zh.t0: 从那以后，每当{n}看到金钥匙，就会想起这美好的一天。
es.t0: Y cada vez que {n} miraba la llave dorada, recordaba este día maravilloso.
vi.t0: Và mỗi khi nhìn chiếc chìa khóa vàng, {n} lại nhớ đến ngày tuyệt vời này.
fr.t0: Et chaque fois que {n} regarde la clé dorée, {n} se souvient de cette merveilleuse journée.
de.t0: Und immer, wenn {n} den goldenen Schlüssel ansah, erinnerte sich {n} an diesen wunderbaren Tag.
"""
