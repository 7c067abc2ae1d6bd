# ruff: noqa: E501
"""The shared road: framework beats every plot can use, journey episodes, and descriptions.

Framework beats (`daily`, `setout`, `skill`, `rest.*`, `celebrate`, `wayhome.*`, `home`) carry
any plot from its problem to its ending. Episodes (`ep.*`) are small, self-contained moments
on the way; their `tags` say which world they belong to (`sea`, `sky`, none = land), whether
they need daylight (`day`) and whether a sea episode happens on the beach before the dive
(`pre`). `rank` orders the chosen episodes into a sensible route. Episode texts never name
the time of day, so they fit wherever the journey falls. Descriptions (`desc.*`) are the
extra, richer sentence given to readers of 9 to 12.
"""

TEXT = """
# ---------------------------------------------------------------- framework
@daily
set: -
scene: playing together and giggling
vocab: breakfast game
en: {n} and {c} did everything together. They shared breakfast, games and giggles. | When {n} laughed, {c} laughed too, and when {n} hummed a tune, {c} hummed along.
ko: {n.wa} {c.eun} 무엇이든 함께했어요. 아침밥도, 놀이도, 웃음도 함께 나누었지요. | {n.i} 웃으면 {c}도 따라 웃고, {n.i} 콧노래를 부르면 {c}도 따라 흥얼거렸어요.
ja: {n}と{c}は、なんでもいっしょ。朝ごはんも、あそびも、わらいも、いっしょでした。 | {n}がわらうと{c}もわらい、{n}がはなうたを歌うと{c}もいっしょに歌いました。
zh: {n}和{c}做什么都在一起。一起吃早饭，一起玩游戏，一起咯咯笑。 | {n}笑了，{c}也跟着笑；{n}哼起小曲，{c}也跟着哼。
es: {n} y {c} lo hacían todo juntos. Compartían el desayuno, los juegos y las risas. | Cuando {n} se reía, {c} se reía también, y cuando {n} tarareaba una canción, {c} la tarareaba también.
vi: {n} và {c} làm gì cũng có nhau. Cùng ăn bữa sáng, cùng chơi trò chơi, cùng cười khúc khích. | Khi {n} cười, {c} cũng cười theo; khi {n} ngân nga một bài hát, {c} cũng hát theo.
fr: {n} et {c} font tout ensemble. Ils partagent le petit déjeuner, les jeux et les fous rires. | Quand {n} rit, {c} rit aussi, et quand {n} fredonne un air, {c} fredonne avec.
de: {n} und {c} machten alles zusammen. Sie teilten Frühstück, Spiele und Gekicher. | Wenn {n} lachte, lachte {c} mit, und wenn {n} ein Lied summte, summte {c} mit.

@setout
set: village
scene: setting off down a winding path with a small backpack
vocab: bag path
en: “Let's go!” said {n}, packing a little bag. {n} and {c} set off down the path. | Inside the bag were a water bottle, an apple and a tiny flashlight, just in case.
ko: “가자!” {n.i} 작은 가방을 챙기며 말했어요. {n.wa} {c.eun} 길을 따라 떠났어요. | 가방 안에는 물병과 사과, 그리고 혹시 몰라 작은 손전등도 들어 있었어요.
ja: 「出発！」{n}は小さなかばんをじゅんびしました。{n}と{c}は道をすすんでいきました。 | かばんの中には、水とう、りんご、それに、ねんのための小さなかいちゅうでんとうが入っていました。
zh: “出发啦！”{n}背上小背包，和{c}一起沿着小路出发了。 | 包里有一个水壶、一个苹果，还有一个以防万一的小手电筒。
es: «¡Vamos!», dijo {n}, y preparó una mochila pequeña. {n} y {c} se pusieron en camino. | Dentro llevaban una botella de agua, una manzana y una linterna diminuta, por si acaso.
vi: “Đi thôi!” {n} nói rồi chuẩn bị một chiếc ba lô nhỏ. Thế là {n} và {c} lên đường. | Trong ba lô có một bình nước, một quả táo và một chiếc đèn pin tí hon, phòng khi cần.
fr: « En route ! » dit {n} en préparant un petit sac. Et voilà {n} et {c} partis sur le chemin. | Dans le sac, il y a une gourde, une pomme et une toute petite lampe de poche, au cas où.
de: „Los geht's!“, rief {n} und packte einen kleinen Rucksack. Dann machten sich {n} und {c} auf den Weg. | Im Rucksack waren eine Wasserflasche, ein Apfel und eine winzige Taschenlampe, nur für alle Fälle.

@skill
set: -
scene: taking a short break on a long walk
vocab: path leg
en: The path was long, and {n.s} legs got tired. {skill} | “Thank you, {c}!” said {n}, and they went on, side by side.
ko: 길이 멀어서 {n}의 다리가 아팠어요. {skill} | “고마워, {c.ya}!” {n.i} 말했고, 둘은 나란히 다시 걸어갔어요.
ja: 道は長くて、{n}の足がつかれてしまいました。{skill} | 「ありがとう、{c}！」と{n}は言って、ふたりはならんでまたすすみました。
zh: 路很长，{n}的腿都走累了。{skill} | “谢谢你，{c}！”{n}说。他们又肩并肩地继续出发了。
es: El camino era largo y a {n} le dolían las piernas. {skill} | «¡Gracias, {c}!», dijo {n}, y siguieron adelante, uno al lado del otro.
vi: Đường xa quá, chân {n} mỏi nhừ. {skill} | “Cảm ơn {c} nhé!” {n} nói, rồi hai bạn lại sánh bước bên nhau.
fr: Le chemin est long, et {n} a mal aux jambes. {skill} | « Merci, {c} ! » dit {n}, et ils repartent côte à côte.
de: Der Weg war lang, und {n.gen} Beine wurden müde. {skill} | „Danke, {c}!“, sagte {n}, und sie gingen Seite an Seite weiter.

@rest.land
set: meadow
scene: having a picnic on a blanket in the grass
vocab: picnic sandwich grass
en: Time for a picnic! {n} and {c} sat on the grass and ate sandwiches. | {n} shared every bite with {c}, and somehow the sandwiches tasted even better that way.
ko: 소풍 시간이에요! {n.wa} {c.eun} 풀밭에 앉아 샌드위치를 먹었어요. | {n.eun} 한 입 한 입 {c.wa} 나눠 먹었는데, 그러니까 샌드위치가 더 맛있었어요.
ja: ピクニックの時間！{n}と{c}は草の上にすわって、サンドイッチを食べました。 | {n}はひと口ずつ{c}とわけあいました。そうすると、サンドイッチはもっとおいしくなりました。
zh: 野餐时间到！{n}和{c}坐在草地上吃三明治。 | {n}每一口都和{c}分着吃，这样一来，三明治好像变得更好吃了。
es: ¡Hora del pícnic! {n} y {c} se sentaron en la hierba y comieron bocadillos. | {n} compartió cada bocado con {c}, y así los bocadillos sabían todavía mejor.
vi: Đến giờ dã ngoại rồi! {n} và {c} ngồi trên bãi cỏ và ăn bánh mì kẹp. | {n} chia từng miếng với {c}, và thế là bánh mì kẹp càng ngon hơn.
fr: C'est l'heure du pique-nique ! {n} et {c} s'assoient dans l'herbe et mangent des sandwichs. | {n} partage chaque bouchée avec {c}, et les sandwichs sont encore meilleurs comme ça.
de: Zeit für ein Picknick! {n} und {c} setzten sich ins Gras und aßen Sandwiches. | {n} teilte jeden Bissen mit {c}, und so schmeckten die Sandwiches noch besser.

@rest.sea
set: ocean
scene: resting inside a giant open seashell while bubbles float up
vocab: shell boat bubble
en: Time for a rest! {n} and {c} sat inside a giant shell, as cozy as a little boat. | {n} and {c} shared a snack while bubbles floated up like tiny balloons.
ko: 쉬는 시간이에요! {n.wa} {c.eun} 작은 배처럼 아늑한 커다란 조개껍데기 안에 앉았어요. | {n.wa} {c.eun} 간식을 나눠 먹었고, 공기 방울이 작은 풍선처럼 동글동글 떠올랐어요.
ja: ひと休み！{n}と{c}は、小さなボートみたいにいごこちのいい、大きな貝がらの中にすわりました。 | {n}と{c}はおやつをわけあい、あわが小さな風船のようにのぼっていきました。
zh: 休息时间到！{n}和{c}坐在一个大贝壳里，舒服得像坐在小船上。 | {n}和{c}分着吃点心，泡泡像小气球一样往上飘。
es: ¡Hora de descansar! {n} y {c} se sentaron dentro de una concha gigante, cómoda como un pequeño barco. | {n} y {c} compartieron la merienda mientras las burbujas subían como globos diminutos.
vi: Đến giờ nghỉ rồi! {n} và {c} ngồi trong một vỏ sò khổng lồ, êm như một chiếc thuyền nhỏ. | {n} và {c} cùng chia nhau bữa xế, còn những bong bóng thì bay lên như bóng bay tí xíu.
fr: C'est l'heure de la pause ! {n} et {c} s'installent dans un coquillage géant, douillet comme un petit bateau. | {n} et {c} partagent un goûter, pendant que des bulles montent comme de petits ballons.
de: Zeit für eine Pause! {n} und {c} setzten sich in eine riesige Muschel, gemütlich wie ein kleines Boot. | {n} und {c} teilten sich einen Snack, und Blasen stiegen auf wie kleine Ballons.

@rest.sky
set: sky
scene: resting on a soft fluffy cloud among twinkling stars
vocab: cloud pillow star
en: Time for a rest on a soft cloud! It felt like a big pillow. | {n} and {c} shared a snack and watched the stars twinkle all around.
ko: 폭신한 구름 위에서 잠깐 쉬어요! 구름은 커다란 베개 같았어요. | {n.wa} {c.eun} 간식을 나눠 먹으며 사방에서 반짝이는 별들을 바라보았어요.
ja: ふわふわの雲の上でひと休み！雲は大きなまくらみたいでした。 | {n}と{c}はおやつをわけあって、まわりできらめく星をながめました。
zh: 在软软的云朵上休息一下吧！云朵就像一个大枕头。 | {n}和{c}分着吃点心，看着四周一闪一闪的星星。
es: ¡Un descanso sobre una nube blandita! Era como una almohada enorme. | {n} y {c} compartieron la merienda y miraron las estrellas brillar por todas partes.
vi: Nghỉ một chút trên đám mây mềm mại nào! Nó giống như một chiếc gối thật to. | {n} và {c} chia nhau bữa xế và ngắm những vì sao lấp lánh xung quanh.
fr: Une petite pause sur un nuage tout doux ! On dirait un gros oreiller. | {n} et {c} partagent un goûter en regardant les étoiles scintiller tout autour.
de: Kurze Pause auf einer weichen Wolke! Sie war wie ein riesiges Kissen. | {n} und {c} teilten sich einen Snack und sahen den Sternen beim Funkeln zu.

@celebrate
set: -
scene: cheering and dancing with joy
vocab: dance song
en: Hooray! {n} and {c} danced a happy dance and sang a song. | They twirled and jumped until they were dizzy, laughing all the while.
ko: 만세! {n.wa} {c.eun} 신나게 춤을 추고 노래를 불렀어요. | 어지러울 때까지 빙글빙글 돌고 폴짝폴짝 뛰며 내내 깔깔 웃었어요.
ja: ばんざい！{n}と{c}は、うれしいダンスをおどって歌をうたいました。 | 目がまわるまで、くるくるまわったり、ぴょんぴょんとんだりして、ずっとわらっていました。
zh: 太好啦！{n}和{c}跳起了快乐的舞，还唱起了歌。 | 他们转啊转，跳啊跳，转到头都晕了，一直哈哈大笑。
es: ¡Hurra! {n} y {c} bailaron un baile feliz y cantaron una canción. | Dieron vueltas y saltos hasta marearse, riéndose sin parar.
vi: Hoan hô! {n} và {c} nhảy một điệu múa vui vẻ và hát vang một bài hát. | Hai bạn xoay tròn, nhảy nhót đến chóng cả mặt, cười mãi không thôi.
fr: Hourra ! {n} et {c} font une danse de joie et chantent une chanson. | Ils tournent et sautent jusqu'à en avoir le tournis, en riant sans arrêt.
de: Hurra! {n} und {c} tanzten einen fröhlichen Tanz und sangen ein Lied. | Sie drehten sich und hüpften, bis ihnen schwindelig war, und lachten die ganze Zeit.

@wayhome.land
set: meadow
time: sunset
scene: walking home across the grass as the sun goes down
vocab: sun village
en: The sun was going down. It was time for {n} and {c} to head back to the village. | The sky turned pink and orange, and their long shadows walked beside them.
ko: 해가 지고 있었어요. 이제 {n.wa} {c.i} 마을로 돌아갈 시간이에요. | 하늘은 분홍빛과 주황빛으로 물들었고, 길쭉한 그림자들이 나란히 따라 걸었어요.
ja: お日さまがしずんでいきます。{n}と{c}が村へかえる時間です。 | 空はピンクとオレンジにそまり、長いかげがならんでついてきました。
zh: 太阳下山了。{n}和{c}该回村子了。 | 天空变成了粉色和橙色，长长的影子陪着他们一起走。
es: El sol se estaba poniendo. Era hora de que {n} y {c} volvieran al pueblo. | El cielo se volvió rosa y naranja, y sus sombras largas caminaban a su lado.
vi: Mặt trời đang lặn. Đã đến lúc {n} và {c} quay về làng. | Bầu trời nhuộm màu hồng và cam, những chiếc bóng dài đi bên cạnh hai bạn.
fr: Le soleil se couche. Il est temps pour {n} et {c} de rentrer au village. | Le ciel devient rose et orange, et leurs grandes ombres marchent à côté d'eux.
de: Die Sonne ging unter. Es war Zeit für {n} und {c}, ins Dorf zurückzugehen. | Der Himmel färbte sich rosa und orange, und ihre langen Schatten liefen neben ihnen her.

@wayhome.sea
set: beach
time: sunset
scene: swimming back to the beach as the sun goes down, waving goodbye to {h}
vocab: sun beach
en: The sun was going down. It was time for {n} and {c} to swim back to the beach. | “Goodbye, and thank you!” called {h.the}, watching them until they were out of sight.
ko: 해가 지고 있었어요. 이제 {n.wa} {c.i} 바닷가로 헤엄쳐 돌아갈 시간이에요. | “안녕, 고마워!” {h.i} 외치며 둘이 보이지 않을 때까지 배웅해 주었어요.
ja: お日さまがしずんでいきます。{n}と{c}がはまべへおよいでかえる時間です。 | 「さようなら、ありがとう！」{h}は、見えなくなるまで見おくってくれました。
zh: 太阳快要下山了。{n}和{c}该游回海滩了。 | “再见，谢谢你们！”{h}一直目送着他们，直到看不见为止。
es: El sol se estaba poniendo. Era hora de que {n} y {c} volvieran nadando a la playa. | «¡Adiós y gracias!», gritó {h.the}, mirándolos hasta perderlos de vista.
vi: Mặt trời đang lặn. Đã đến lúc {n} và {c} bơi về bãi biển. | “Tạm biệt, cảm ơn các bạn!” {h} gọi với theo, nhìn mãi cho đến khi không còn thấy nữa.
fr: Le soleil se couche. Il est temps pour {n} et {c} de nager jusqu'à la plage. | « Au revoir, et merci ! » crie {h.the} en les regardant s'éloigner.
de: Die Sonne ging unter. Es war Zeit für {n} und {c}, zum Strand zurückzuschwimmen. | „Auf Wiedersehen und danke!“, rief {h.nom} und schaute ihnen nach, bis sie nicht mehr zu sehen waren.

@wayhome.sky
set: sky
time: night
scene: floating down toward home past twinkling stars
vocab: home star
en: It was time for {n} and {c} to go home. The stars waved goodbye as they floated down. | The night wind hummed a soft tune, and far below, the lights of home were twinkling.
ko: 이제 {n.wa} {c.i} 집에 갈 시간이에요. 둘이 둥실둥실 내려가자 별들이 잘 가라고 인사했어요. | 밤바람이 부드러운 노래를 흥얼거렸고, 저 아래로 집의 불빛이 반짝였어요.
ja: {n}と{c}がおうちにかえる時間です。ふたりがふわりふわりとおりていくと、星たちが手をふってくれました。 | 夜の風がやさしい歌をハミングして、下のほうにおうちのあかりが見えてきました。
zh: {n}和{c}该回家了。他们慢慢往下飘，星星们挥手说再见。 | 晚风轻轻哼着歌，下面，家里的灯光在闪烁。
es: Era hora de que {n} y {c} volvieran a casa. Mientras bajaban flotando, las estrellas les dijeron adiós. | El viento de la noche tarareaba una canción suave, y abajo brillaban las luces de casa.
vi: Đã đến lúc {n} và {c} về nhà. Hai bạn từ từ bay xuống, và các vì sao vẫy tay tạm biệt. | Gió đêm khe khẽ ngân nga, còn phía dưới, ánh đèn nhà đang lấp lánh.
fr: Il est temps pour {n} et {c} de rentrer à la maison. Pendant qu'ils redescendent, les étoiles leur disent au revoir. | Le vent de la nuit fredonne un air doux, et en bas brillent les lumières de la maison.
de: Es war Zeit für {n} und {c}, nach Hause zu fliegen. Während sie hinabschwebten, winkten ihnen die Sterne zum Abschied. | Der Nachtwind summte ein leises Lied, und unten leuchteten die Lichter von zu Hause.

@home
set: kitchen
time: evening
scene: eating warm soup at the kitchen table with family
vocab: soup family home
en: At home, a warm bowl of soup was waiting. {n} and {c} told the family all about the day. | Everyone listened with wide eyes and laughed at all the funny parts.
ko: 집에서는 따뜻한 수프가 기다리고 있었어요. {n.wa} {c.eun} 가족에게 오늘 있었던 일을 모두 이야기했어요. | 모두 눈을 동그랗게 뜨고 듣다가, 재미있는 대목마다 깔깔 웃었어요.
ja: おうちでは、あたたかいスープがまっていました。{n}と{c}は家族に、今日のできごとをぜんぶ話しました。 | みんな目をまるくして聞いて、おもしろいところでは大わらいしました。
zh: 家里，一碗热乎乎的汤正等着他们。{n}和{c}把今天的事全都讲给家人听。 | 大家都睁大眼睛听着，听到有趣的地方就哈哈大笑。
es: En casa los esperaba un plato de sopa calentita. {n} y {c} le contaron a la familia todo lo que había pasado. | Todos escuchaban con los ojos muy abiertos y se reían con las partes divertidas.
vi: Ở nhà, một bát súp nóng hổi đang chờ. {n} và {c} kể cho cả gia đình nghe mọi chuyện trong ngày. | Ai nấy đều tròn mắt lắng nghe và cười vang ở những đoạn vui.
fr: À la maison, un bol de soupe bien chaude les attend. {n} et {c} racontent toute la journée à la famille. | Tout le monde écoute avec de grands yeux et rit aux passages les plus drôles.
de: Zu Hause wartete eine warme Suppe. {n} und {c} erzählten der Familie alles über den Tag. | Alle hörten mit großen Augen zu und lachten über die lustigen Stellen.

# ---------------------------------------------------------------- land episodes
@ep.market
set: village
tags: day
rank: 3
scene: walking through the village market where a baker offers warm bread
vocab: bread village market
en: In the village, the baker waved and gave them warm bread. | The market smelled of fresh bread and flowers, and everyone said a cheerful hello.
ko: 마을에서 빵집 아저씨가 손을 흔들며 따끈한 빵을 주었어요. | 시장에는 갓 구운 빵 냄새와 꽃향기가 가득했고, 모두가 반갑게 인사했어요.
ja: 村で、パンやさんが手をふって、あたたかいパンをくれました。 | 市場は焼きたてのパンと花のにおいでいっぱいで、みんなが明るくあいさつしました。
zh: 在村子里，面包师挥挥手，送给他们热乎乎的面包。 | 集市上飘着新鲜面包和花儿的香味，每个人都开心地打招呼。
es: En el pueblo, el panadero los saludó y les dio pan calentito. | El mercado olía a pan recién hecho y a flores, y todos saludaban con alegría.
vi: Trong làng, bác thợ làm bánh vẫy tay và tặng hai bạn bánh mì nóng hổi. | Khu chợ thơm mùi bánh mì mới nướng và mùi hoa, ai cũng vui vẻ chào hỏi.
fr: Au village, le boulanger leur fait signe et leur donne du pain tout chaud. | Le marché sent le pain frais et les fleurs, et tout le monde dit bonjour joyeusement.
de: Im Dorf winkte der Bäcker und schenkte ihnen warmes Brot. | Der Markt duftete nach frischem Brot und Blumen, und alle grüßten fröhlich.

@ep.fountain
set: village
rank: 4
scene: making a wish beside a splashing fountain in the village square
vocab: fountain wish village
en: In the village square, a fountain splashed. {n} made a wish. | {n} closed both eyes and wished for a wonderful day for everyone, and {c} did too.
ko: 마을 광장에서 분수가 물을 뿜고 있었어요. {n.eun} 소원을 빌었어요. | {n.eun} 두 눈을 꼭 감고 모두에게 멋진 하루가 되기를 빌었고, {c}도 함께 빌었어요.
ja: 村の広場で、ふんすいが水をふき上げていました。{n}はねがいごとをしました。 | {n}は目をぎゅっととじて、みんなにすてきな一日がきますようにとねがい、{c}もいっしょにねがいました。
zh: 在村子的广场上，喷泉哗哗地喷着水。{n}许了一个愿望。 | {n}闭上双眼，希望每个人都有美好的一天，{c}也一起许了愿。
es: En la plaza del pueblo, una fuente salpicaba agua. {n} pidió un deseo. | {n} cerró los ojos y deseó un día maravilloso para todos, y {c} también.
vi: Ở quảng trường trong làng, đài phun nước bắn tung tóe. {n} ước một điều ước. | {n} nhắm chặt mắt và ước cho mọi người một ngày thật tuyệt, và {c} cũng ước như vậy.
fr: Sur la place du village, une fontaine fait jaillir de l'eau. {n} fait un vœu. | {n} ferme les yeux et souhaite une merveilleuse journée à tout le monde, et {c} aussi.
de: Auf dem Dorfplatz plätscherte ein Brunnen. {n} hatte einen Wunsch. | {n} schloss die Augen und wünschte allen einen wunderschönen Tag, und {c} auch.

@ep.meadow_flowers
set: meadow
tags: day
rank: 5
scene: running through a meadow full of flowers and butterflies
vocab: meadow flower butterfly
en: {n} and {c} crossed a meadow full of flowers. Butterflies danced all around. | {n} counted red, yellow and purple flowers, and {c} sniffed every single one.
ko: {n.wa} {c.eun} 꽃이 가득한 들판을 지나갔어요. 나비들이 사방에서 춤을 추었어요. | {n.eun} 빨강, 노랑, 보라 꽃을 세었고, {c.eun} 꽃 하나하나의 냄새를 맡았어요.
ja: {n}と{c}は、花がいっぱいの野原をとおりました。チョウがまわりでおどっています。 | {n}は赤や黄色やむらさきの花をかぞえ、{c}はひとつひとつにおいをかぎました。
zh: {n}和{c}穿过一片开满鲜花的草地。蝴蝶在四周翩翩起舞。 | {n}数着红色、黄色和紫色的花，{c}把每一朵都闻了一遍。
es: {n} y {c} cruzaron una pradera llena de flores. Las mariposas bailaban a su alrededor. | {n} contó flores rojas, amarillas y moradas, y {c} olió cada una de ellas.
vi: {n} và {c} băng qua một đồng cỏ đầy hoa. Những chú bướm nhảy múa xung quanh. | {n} đếm hoa đỏ, hoa vàng, hoa tím, còn {c} thì ngửi từng bông một.
fr: {n} et {c} traversent une prairie pleine de fleurs. Des papillons dansent tout autour. | {n} compte les fleurs rouges, jaunes et violettes, et {c} les sent une par une.
de: {n} und {c} liefen über eine Wiese voller Blumen. Schmetterlinge tanzten um sie herum. | {n} zählte rote, gelbe und lila Blumen, und {c} schnupperte an jeder einzelnen.

@ep.ducks
set: park
tags: day
rank: 8
scene: waving to a mother duck and her ducklings on a pond
vocab: pond duck
en: At the pond, a mother duck swam with her little ducklings. | {n} and {c} waved, and the ducklings paddled after them in a wobbly line.
ko: 연못에서 엄마 오리가 아기 오리들과 헤엄치고 있었어요. | {n.wa} {c.i} 손을 흔들자, 아기 오리들이 뒤뚱뒤뚱 줄을 지어 따라왔어요.
ja: 池で、お母さんアヒルが子どもたちといっしょにおよいでいました。 | {n}と{c}が手をふると、子アヒルたちがよちよち一れつになってついてきました。
zh: 池塘里，鸭妈妈带着小鸭子们在游泳。 | {n}和{c}挥挥手，小鸭子们排成歪歪扭扭的一队，跟在后面游。
es: En el estanque, una mamá pata nadaba con sus patitos. | {n} y {c} los saludaron, y los patitos los siguieron en una fila tambaleante.
vi: Ở hồ nước, vịt mẹ đang bơi cùng đàn vịt con. | {n} và {c} vẫy tay, và đàn vịt con lạch bạch bơi theo thành một hàng xiêu vẹo.
fr: Sur l'étang, une maman cane nage avec ses petits canetons. | {n} et {c} leur font signe, et les canetons les suivent en file toute tordue.
de: Auf dem Teich schwamm eine Mama-Ente mit ihren kleinen Küken. | {n} und {c} winkten, und die Küken paddelten in einer wackeligen Reihe hinterher.

@ep.playground
set: park
tags: day
rank: 9
scene: going down a slide and swinging on the swings
vocab: park slide swing
en: In the park, {n} and {c} went down the slide. Wheee! | Then they swung on the swings, higher and higher, until {n.s} toes almost touched the clouds.
ko: 공원에서 {n.wa} {c.eun} 미끄럼틀을 탔어요. 슝! | 그다음엔 그네를 탔어요. 높이높이, {n}의 발끝이 구름에 닿을 것만 같았어요.
ja: 公園で、{n}と{c}はすべり台をすべりました。ヒューン！ | それからブランコにのって、高く高く、{n}のつま先が雲にとどきそうになりました。
zh: 在公园里，{n}和{c}玩滑梯。呜——！ | 然后他们荡秋千，越荡越高，{n}的脚尖都快碰到云朵了。
es: En el parque, {n} y {c} se tiraron por el tobogán. ¡Yupiii! | Luego se columpiaron en los columpios, cada vez más alto, hasta que los pies de {n} casi tocaron las nubes.
vi: Trong công viên, {n} và {c} chơi cầu trượt. Vèo! | Rồi hai bạn chơi xích đu, cao mãi cao mãi, đến nỗi chân {n} gần chạm tới mây.
fr: Au parc, {n} et {c} descendent le toboggan. Youpi ! | Puis ils font de la balançoire, de plus en plus haut, jusqu'à ce que les pieds {n.de} touchent presque les nuages.
de: Im Park rutschten {n} und {c} die Rutsche hinunter. Juhu! | Dann schaukelten sie auf der Schaukel, höher und höher, bis {n.gen} Zehen fast die Wolken berührten.

@ep.forest_path
set: forest
rank: 10
scene: walking along a winding path under tall trees
vocab: forest tree path
en: The path led into a quiet forest full of tall trees. | Leaves rustled softly overhead, as if the forest were whispering hello.
ko: 길은 키 큰 나무가 가득한 조용한 숲으로 이어졌어요. | 머리 위에서 나뭇잎들이 바스락바스락, 마치 숲이 안녕 하고 속삭이는 것 같았어요.
ja: 道は、高い木がいっぱいのしずかな森へつづいていました。 | 頭の上で葉っぱがさらさらとゆれて、森が「こんにちは」とささやいているみたいでした。
zh: 小路通向一片安静的森林，里面长满了高高的树。 | 头顶的树叶沙沙作响，好像森林在轻声说你好。
es: El camino entraba en un bosque tranquilo lleno de árboles altos. | Las hojas susurraban sobre sus cabezas, como si el bosque les dijera hola.
vi: Con đường dẫn vào một khu rừng yên tĩnh đầy cây cao. | Lá cây xào xạc trên đầu, như thể khu rừng đang thì thầm chào hai bạn.
fr: Le chemin entre dans une forêt calme, pleine de grands arbres. | Les feuilles bruissent au-dessus d'eux, comme si la forêt leur chuchotait bonjour.
de: Der Weg führte in einen stillen Wald voller hoher Bäume. | Über ihnen raschelten die Blätter, als würde der Wald leise Hallo flüstern.

@ep.song
set: -
rank: 11
scene: singing a bouncy walking song together
vocab: song foot
en: {n} and {c} sang a song, and their feet tapped along. La, la, la! | The song was so bouncy that their feet began to dance along the way.
ko: {n.wa} {c.eun} 노래를 불렀어요. 발도 박자에 맞춰 콩콩! 랄랄라! | 노래가 너무 신나서, 걸어가는 내내 발이 춤을 추었어요.
ja: {n}と{c}は歌をうたいました。足もリズムにあわせてトントン！ラララ！ | 歌がとてもたのしくて、歩きながら足がおどりだしました。
zh: {n}和{c}唱起了歌，脚也跟着打拍子。啦啦啦！ | 歌声那么欢快，他们一路走，脚一路跳起舞来。
es: {n} y {c} cantaron una canción, y sus pies seguían el ritmo. ¡La, la, la! | La canción era tan alegre que sus pies empezaron a bailar por el camino.
vi: {n} và {c} hát một bài hát, đôi chân nhịp nhàng theo. La la la! | Bài hát vui đến nỗi đôi chân cứ thế nhảy múa suốt dọc đường.
fr: {n} et {c} chantent une chanson, et leurs pieds suivent le rythme. La, la, la ! | La chanson est si entraînante que leurs pieds se mettent à danser en chemin.
de: {n} und {c} sangen ein Lied, und ihre Füße tippten im Takt. La, la, la! | Das Lied war so fröhlich, dass ihre Füße unterwegs zu tanzen begannen.

@ep.squirrel
set: forest
tags: day
rank: 12
scene: handing an acorn back to a squirrel at the foot of a tree
vocab: squirrel acorn tree
en: A squirrel dropped an acorn. {n} picked it up and gave it back. | The squirrel chattered a happy thank-you and scampered back up the tree.
ko: 다람쥐가 도토리를 떨어뜨렸어요. {n.eun} 도토리를 주워서 돌려주었어요. | 다람쥐는 고맙다고 재잘재잘 인사하고는 나무 위로 쪼르르 올라갔어요.
ja: リスがどんぐりをおとしました。{n}はひろって、かえしてあげました。 | リスはうれしそうに「ありがとう」とおしゃべりして、木の上へかけのぼっていきました。
zh: 一只松鼠掉了一颗橡果。{n}捡起来，还给了它。 | 松鼠开心地叽叽喳喳说谢谢，又蹦蹦跳跳地爬回了树上。
es: Una ardilla dejó caer una bellota. {n} la recogió y se la devolvió. | La ardilla dio las gracias con un parloteo alegre y volvió a subir al árbol.
vi: Một chú sóc đánh rơi quả sồi. {n} nhặt lên và trả lại cho sóc. | Chú sóc líu lo cảm ơn rồi nhanh nhẹn leo trở lại lên cây.
fr: Un écureuil laisse tomber un gland. {n} le ramasse et le lui rend. | L'écureuil remercie d'un petit cri joyeux et remonte vite dans l'arbre.
de: Ein Eichhörnchen ließ eine Eichel fallen. {n} hob sie auf und gab sie zurück. | Das Eichhörnchen schnatterte ein fröhliches Danke und huschte zurück auf den Baum.

@ep.log
set: forest
rank: 13
scene: helping each other climb over a big fallen tree trunk
vocab: log path
en: A big log lay across the path. {n} and {c} helped each other climb over. | “Teamwork!” they cheered when they reached the other side.
ko: 커다란 통나무가 길을 막고 있었어요. {n.wa} {c.eun} 서로 도와 넘어갔어요. | 건너편에 도착하자 둘은 “우리는 한 팀!” 하고 환호했어요.
ja: 大きな丸太が道をふさいでいました。{n}と{c}は、たすけあってのりこえました。 | むこうがわにつくと、「チームワークだね！」とふたりはよろこびました。
zh: 一根大木头横在路上。{n}和{c}互相帮助，爬了过去。 | 到了另一边，他们欢呼：“团队合作！”
es: Un tronco enorme estaba atravesado en el camino. {n} y {c} se ayudaron a trepar por encima. | «¡Trabajo en equipo!», gritaron al llegar al otro lado.
vi: Một khúc gỗ lớn nằm chắn ngang đường. {n} và {c} giúp nhau trèo qua. | “Cùng nhau là làm được!” hai bạn reo lên khi sang được bên kia.
fr: Un gros tronc d'arbre barre le chemin. {n} et {c} s'aident à grimper par-dessus. | « Travail d'équipe ! » s'écrient-ils en arrivant de l'autre côté.
de: Ein dicker Baumstamm lag quer über dem Weg. {n} und {c} halfen einander hinüber. | „Teamarbeit!“, jubelten sie, als sie auf der anderen Seite ankamen.

@ep.mushrooms
set: forest
rank: 14
scene: looking at little mushrooms under the trees without touching them
vocab: mushroom umbrella tree
en: Under the trees grew little mushrooms, like tiny umbrellas. | “We only look, we don't eat,” said {c} wisely, and {n} nodded.
ko: 나무 아래에 작은 버섯들이 조그만 우산처럼 자라 있었어요. | “보기만 하고 먹지는 않는 거야.” {c.i} 똑똑하게 말하자 {n.eun} 고개를 끄덕였어요.
ja: 木の下に、小さなかさみたいなきのこが生えていました。 | 「見るだけで、食べないんだよ」と{c}がかしこく言うと、{n}はうなずきました。
zh: 树下长着小小的蘑菇，像一把把小雨伞。 | “我们只看，不吃哦。”{c}聪明地说，{n}点了点头。
es: Bajo los árboles crecían setas pequeñitas, como paraguas diminutos. | «Solo miramos, no comemos», dijo {c} con sabiduría, y {n} asintió.
vi: Dưới gốc cây mọc những cây nấm nhỏ, trông như những chiếc ô tí hon. | “Mình chỉ ngắm thôi, không ăn đâu nhé,” {c} khôn ngoan nói, và {n} gật đầu.
fr: Sous les arbres poussent de petits champignons, comme de minuscules parapluies. | « On regarde, mais on ne mange pas », dit {c} très sagement, et {n} hoche la tête.
de: Unter den Bäumen wuchsen kleine Pilze, wie winzige Regenschirme. | „Wir schauen nur, wir essen sie nicht“, sagte {c} klug, und {n} nickte.

@ep.apple_tree
set: meadow
rank: 15
scene: reaching up to pick a shiny red apple from a tree
vocab: apple tree
en: {n} and {c} found a tree full of apples. {c} helped {n} reach a shiny red apple. | Crunch! It was the sweetest apple in the whole wide world.
ko: {n.wa} {c.eun} 사과가 주렁주렁 열린 나무를 발견했어요. {c.i} {n.i} 반짝이는 빨간 사과를 딸 수 있게 도와주었어요. | 아삭! 세상에서 가장 달콤한 사과였어요.
ja: {n}と{c}は、りんごがいっぱいなった木を見つけました。{c}は、{n}がぴかぴかの赤いりんごにとどくように手つだいました。 | シャリッ！せかいでいちばんあまいりんごでした。
zh: {n}和{c}发现了一棵结满苹果的树。{c}帮{n}够到了一个亮晶晶的红苹果。 | 咔嚓！这是全世界最甜的苹果。
es: {n} y {c} encontraron un árbol lleno de manzanas. {c} ayudó a {n} a alcanzar una manzana roja y brillante. | ¡Crunch! Era la manzana más dulce del mundo entero.
vi: {n} và {c} tìm thấy một cây táo sai trĩu quả. {c} giúp {n} hái được một quả táo đỏ bóng. | Rộp! Đó là quả táo ngọt nhất trên đời.
fr: {n} et {c} trouvent un arbre plein de pommes. {c} aide {n} à attraper une belle pomme rouge. | Croc ! C'est la pomme la plus sucrée du monde entier.
de: {n} und {c} fanden einen Baum voller Äpfel. {c} half {n}, einen glänzenden roten Apfel zu erreichen. | Knack! Es war der süßeste Apfel der ganzen Welt.

@ep.daisy_crown
set: meadow
tags: day
rank: 16
scene: making a crown of daisies in the grass
vocab: daisy crown
en: {n} made a crown of daisies and put it on {c.s} head. | {c} wore it proudly, and all the bees came to admire it.
ko: {n.eun} 데이지 꽃으로 왕관을 만들어 {c}의 머리에 씌워 주었어요. | {c.eun} 뽐내듯 왕관을 썼고, 꿀벌들이 모두 구경하러 왔어요.
ja: {n}はデイジーで花かんむりをつくって、{c}の頭にのせてあげました。 | {c}はとくいげにかぶり、ミツバチたちがみんな見にきました。
zh: {n}用雏菊编了一顶花冠，戴在{c}的头上。 | {c}骄傲地戴着它，蜜蜂们都飞来欣赏。
es: {n} hizo una corona de margaritas y se la puso a {c} en la cabeza. | {c} la llevó con orgullo, y todas las abejas vinieron a admirarla.
vi: {n} kết một chiếc vương miện hoa cúc và đội lên đầu {c}. | {c} đội nó thật tự hào, và lũ ong kéo đến ngắm nghía.
fr: {n} fait une couronne de marguerites et la pose sur la tête de {c}. | {c} la porte fièrement, et toutes les abeilles viennent l'admirer.
de: {n} flocht eine Krone aus Gänseblümchen und setzte sie {c} auf den Kopf. | {c} trug sie stolz, und alle Bienen kamen, um sie zu bewundern.

@ep.farm
set: meadow
tags: day
rank: 17
scene: saying hello to cows and sheep at a farm fence
vocab: farm cow sheep
en: At the farm, the cows said “Moo!” and the sheep said “Baa!” | {n} and {c} said hello to every animal, and a little lamb followed them to the fence.
ko: 농장에서 소는 “음매!”, 양은 “매애!” 하고 울었어요. | {n.wa} {c.eun} 동물들에게 하나하나 인사했고, 아기 양이 울타리까지 졸졸 따라왔어요.
ja: ぼくじょうで、牛は「モー！」、ひつじは「メェー！」となきました。 | {n}と{c}はどうぶつたちみんなにあいさつして、子ひつじがさくのところまでついてきました。
zh: 在农场里，奶牛“哞哞”叫，绵羊“咩咩”叫。 | {n}和{c}跟每一只动物打招呼，一只小羊一直跟着他们走到篱笆边。
es: En la granja, las vacas decían «¡Muu!» y las ovejas decían «¡Bee!». | {n} y {c} saludaron a todos los animales, y un corderito los siguió hasta la cerca.
vi: Ở nông trại, những chú bò kêu “Ò ò!” và những chú cừu kêu “Be be!” | {n} và {c} chào từng con vật, và một chú cừu non lon ton theo hai bạn đến tận hàng rào.
fr: À la ferme, les vaches font « Meuh ! » et les moutons font « Bêê ! ». | {n} et {c} disent bonjour à chaque animal, et un petit agneau les suit jusqu'à la barrière.
de: Auf dem Bauernhof machten die Kühe „Muh!“ und die Schafe „Mäh!“. | {n} und {c} begrüßten jedes Tier, und ein kleines Lamm lief ihnen bis zum Zaun nach.

@ep.windmill
set: meadow
tags: day
rank: 18
scene: spinning around in the grass beside a turning windmill
vocab: windmill wind
en: They passed a windmill. The wind turned its big arms round and round. | {n} and {c} spun around too, until they tumbled into the grass, laughing.
ko: 둘은 풍차를 지나갔어요. 바람이 커다란 날개를 빙글빙글 돌렸어요. | {n.wa} {c}도 빙글빙글 돌다가 풀밭에 벌러덩 넘어져 깔깔 웃었어요.
ja: ふたりは風車のそばをとおりました。風が大きなはねを、くるくるまわしています。 | {n}と{c}もくるくるまわって、草の上にころんでわらいました。
zh: 他们经过一座风车。风吹着它的大翅膀，转呀转。 | {n}和{c}也跟着转圈，一直转到倒在草地上，哈哈大笑。
es: Pasaron junto a un molino de viento. El viento hacía girar sus grandes aspas. | {n} y {c} también dieron vueltas, hasta que cayeron en la hierba, riéndose a carcajadas.
vi: Hai bạn đi ngang qua một chiếc cối xay gió. Gió làm những cánh quạt lớn quay tròn, quay tròn. | {n} và {c} cũng xoay tròn theo, cho đến khi ngã lăn ra cỏ, cười khanh khách.
fr: Ils passent devant un moulin à vent. Le vent fait tourner ses grandes ailes. | {n} et {c} tournent aussi, jusqu'à tomber dans l'herbe en riant.
de: Sie kamen an einer Windmühle vorbei. Der Wind drehte ihre großen Flügel rundherum. | {n} und {c} drehten sich auch, bis sie lachend ins Gras purzelten.

@ep.stepping_stones
set: river
rank: 20
scene: hopping across stepping stones over a shallow river
vocab: river stone
en: A little river crossed their path. {n} hopped over the stones: one, two, three! | {c} followed close behind, and nobody got wet, not even a little.
ko: 작은 강이 길을 가로질렀어요. {n.eun} 돌 위로 깡충깡충 건넜어요. 하나, 둘, 셋! | {c}도 바로 뒤따라왔고, 아무도 조금도 젖지 않았어요.
ja: 小さな川が道をよこぎっていました。{n}は石の上をぴょん、ぴょん、ぴょん！ | {c}もすぐうしろをついてきて、だれもちっともぬれませんでした。
zh: 一条小河横在路上。{n}踩着石头跳了过去：一、二、三！ | {c}紧紧跟在后面，谁都没有弄湿，一点点都没有。
es: Un río pequeño cruzaba el camino. {n} saltó por las piedras: ¡una, dos y tres! | {c} iba justo detrás, y nadie se mojó, ni siquiera un poquito.
vi: Một con sông nhỏ cắt ngang đường đi. {n} nhảy qua những hòn đá: một, hai, ba! | {c} theo sát phía sau, và chẳng ai bị ướt, dù chỉ một chút.
fr: Une petite rivière coupe le chemin. {n} saute de pierre en pierre : un, deux, trois ! | {c} suit juste derrière, et personne ne se mouille, pas même un tout petit peu.
de: Ein kleiner Fluss kreuzte den Weg. {n} hüpfte über die Steine: eins, zwei, drei! | {c} folgte dicht dahinter, und niemand wurde nass, nicht mal ein bisschen.

@ep.riddle
set: -
rank: 21
scene: laughing together at a funny riddle
vocab: riddle clock
en: {c} told a riddle: “What has hands but cannot clap?” “A clock!” laughed {n}. | Then {n} told a riddle too, and they giggled all the way down the path.
ko: {c.i} 수수께끼를 냈어요. “바늘이 있는데 바느질을 못 하는 건?” “시계!” {n.i} 웃었어요. | 이번엔 {n.i} 수수께끼를 냈고, 둘은 길을 가는 내내 킥킥거렸어요.
ja: {c}がなぞなぞを出しました。「はりがあるのに、ぬいものができないものなーんだ？」「とけい！」と{n}はわらいました。 | こんどは{n}がなぞなぞを出して、ふたりは道のあいだずっとくすくすわらいました。
zh: {c}出了个谜语：“有针却不会缝衣服，是什么？”“是钟表！”{n}笑着说。 | 接着{n}也出了一个谜语，他们一路上咯咯笑个不停。
es: {c} dijo una adivinanza: «¿Qué tiene agujas pero no sabe coser?». «¡Un reloj!», rio {n}. | Luego {n} dijo otra adivinanza, y se rieron durante todo el camino.
vi: {c} ra một câu đố: “Cái gì có kim mà không biết khâu?” “Cái đồng hồ!” {n} cười. | Rồi {n} cũng ra một câu đố, và hai bạn cười khúc khích suốt dọc đường.
fr: {c} pose une devinette : « Qu'est-ce qui a des aiguilles mais ne sait pas coudre ? » « Une horloge ! » rit {n}. | Puis {n} pose une devinette à son tour, et ils rigolent tout le long du chemin.
de: {c} stellte ein Rätsel: „Was hat zwei Zeiger, aber keine Finger?“ „Eine Uhr!“, lachte {n}. | Dann stellte {n} auch ein Rätsel, und sie kicherten den ganzen Weg lang.

@ep.rain_rainbow
set: meadow
tags: day
rank: 22
scene: jumping in puddles under a rainbow after a light rain shower
vocab: rain rainbow puddle
en: Pitter-patter! A little rain fell, and then a rainbow appeared! | {n} and {c} jumped in the puddles and laughed at their splashy reflections.
ko: 토독토독! 비가 조금 내리더니 무지개가 떴어요! | {n.wa} {c.eun} 웅덩이에서 첨벙첨벙 뛰며 물에 비친 모습을 보고 깔깔 웃었어요.
ja: ポツポツ！雨が少しふって、それからにじが出ました！ | {n}と{c}は水たまりでジャンプして、水にうつった自分たちを見てわらいました。
zh: 滴答滴答！下了一场小雨，接着出现了一道彩虹！ | {n}和{c}在水坑里跳来跳去，看着水里的倒影哈哈大笑。
es: ¡Plic, plic! Cayó un poco de lluvia, ¡y luego apareció un arcoíris! | {n} y {c} saltaron en los charcos y se rieron de sus reflejos salpicados.
vi: Tí tách! Một cơn mưa nhỏ rơi, rồi cầu vồng hiện ra! | {n} và {c} nhảy ùm vào vũng nước và cười vang khi thấy bóng mình lấp lánh.
fr: Plic, ploc ! Une petite pluie tombe, puis un arc-en-ciel apparaît ! | {n} et {c} sautent dans les flaques et rient de leurs reflets éclaboussés.
de: Plitsch, platsch! Ein bisschen Regen fiel, und dann erschien ein Regenbogen! | {n} und {c} sprangen in die Pfützen und lachten über ihre spritzigen Spiegelbilder.

@ep.wooden_bridge
set: river
rank: 25
scene: crossing an old wooden bridge, watching little fish below
vocab: bridge river fish
en: {n} and {c} crossed an old wooden bridge over the river. Little fish jumped below. | The water rushed and bubbled underneath, singing a splashy song.
ko: {n.wa} {c.eun} 강 위의 낡은 나무다리를 건넜어요. 아래에서 작은 물고기들이 펄쩍 뛰었어요. | 다리 아래로 물이 콸콸, 보글보글 첨벙첨벙 노래를 불렀어요.
ja: {n}と{c}は川にかかる古い木の橋をわたりました。下で小さな魚がはねています。 | 橋の下では、水がザーザー、ブクブクと、水しぶきの歌をうたっていました。
zh: {n}和{c}走过河上一座旧木桥。桥下，小鱼蹦蹦跳跳。 | 河水在桥下哗哗流淌，冒着泡泡，唱着水花四溅的歌。
es: {n} y {c} cruzaron un viejo puente de madera sobre el río. Abajo saltaban peces pequeños. | El agua corría y burbujeaba por debajo, cantando una canción llena de salpicaduras.
vi: {n} và {c} đi qua một cây cầu gỗ cũ bắc ngang sông. Bên dưới, những chú cá nhỏ nhảy lên. | Dòng nước chảy ào ào, sủi bọt lăn tăn, hát một bài ca tung tóe.
fr: {n} et {c} traversent un vieux pont de bois au-dessus de la rivière. En dessous, des petits poissons sautent. | L'eau court et fait des bulles sous le pont, en chantant une chanson pleine d'éclaboussures.
de: {n} und {c} gingen über eine alte Brücke aus Holz über den Fluss. Unten sprangen kleine Fische. | Darunter rauschte und blubberte das Wasser und sang ein plätscherndes Lied.

@ep.boat
set: river
tags: day
rank: 27
scene: rowing a little boat across a calm river, wearing bright life jackets
vocab: boat river
en: {n} and {c} found a little boat by the river and rowed across. | They wore bright life jackets, and the boat rocked gently on the water.
ko: {n.wa} {c.eun} 강가에서 작은 배를 발견하고 노를 저어 건넜어요. | 둘은 알록달록한 구명조끼를 입었고, 배는 물 위에서 살랑살랑 흔들렸어요.
ja: {n}と{c}は川べで小さなボートを見つけて、こいでわたりました。 | ふたりはあざやかなライフジャケットを着ていて、ボートは水の上でゆらゆらゆれました。
zh: {n}和{c}在河边找到一条小船，划到了对岸。 | 他们穿着鲜艳的救生衣，小船在水面上轻轻摇晃。
es: {n} y {c} encontraron una barca pequeña junto al río y remaron hasta la otra orilla. | Llevaban chalecos salvavidas de colores, y la barca se mecía suavemente sobre el agua.
vi: {n} và {c} tìm thấy một chiếc thuyền nhỏ bên sông và chèo sang bờ bên kia. | Hai bạn mặc áo phao sặc sỡ, và chiếc thuyền nhẹ nhàng bồng bềnh trên mặt nước.
fr: {n} et {c} trouvent une petite barque au bord de la rivière et traversent à la rame. | Ils portent des gilets de sauvetage colorés, et la barque se balance doucement sur l'eau.
de: {n} und {c} fanden ein kleines Boot am Fluss und ruderten hinüber. | Sie trugen bunte Schwimmwesten, und das Boot schaukelte sanft auf dem Wasser.

@ep.counting
set: -
rank: 28
scene: counting their steps out loud, one by one
vocab: step hundred
en: {n} and {c} counted their steps: one, two, three... all the way to one hundred! | Counting made the long way feel short, and every number was a little adventure.
ko: {n.wa} {c.eun} 걸음을 세었어요. 하나, 둘, 셋… 백까지! | 걸음을 세다 보니 먼 길도 짧게 느껴졌고, 숫자 하나하나가 작은 모험 같았어요.
ja: {n}と{c}は、歩いた数をかぞえました。いち、に、さん…百まで！ | かぞえていると、長い道もみじかく感じて、ひとつひとつの数字が小さなぼうけんのようでした。
zh: {n}和{c}数着自己的脚步：一、二、三……一直数到一百！ | 数着数着，长长的路好像变短了，每一个数字都像一次小小的冒险。
es: {n} y {c} contaron sus pasos: uno, dos, tres... ¡hasta cien! | Contar hacía que el camino largo pareciera corto, y cada número era una pequeña aventura.
vi: {n} và {c} đếm từng bước chân: một, hai, ba... đến tận một trăm! | Đếm bước làm con đường dài như ngắn lại, và mỗi con số là một chuyến phiêu lưu nho nhỏ.
fr: {n} et {c} comptent leurs pas : un, deux, trois... jusqu'à cent ! | Compter rend le long chemin plus court, et chaque nombre est une petite aventure.
de: {n} und {c} zählten ihre Schritte: eins, zwei, drei... bis hundert! | Beim Zählen kam ihnen der lange Weg kurz vor, und jede Zahl war ein kleines Abenteuer.

@ep.hedgehog
set: garden
rank: 30
scene: gently helping a little hedgehog out of a bush
vocab: hedgehog bush
en: A little hedgehog was stuck in a bush. {n} gently helped it out. | The hedgehog wiggled its nose, said a tiny thank-you and trotted happily away.
ko: 작은 고슴도치가 덤불에 걸려 있었어요. {n.eun} 살살 꺼내 주었어요. | 고슴도치는 코를 씰룩이며 작게 고맙다고 하고는 신나게 종종걸음으로 갔어요.
ja: 小さなハリネズミが、しげみにひっかかっていました。{n}はそっとたすけてあげました。 | ハリネズミははなをひくひくさせて、小さな声で「ありがとう」と言い、うれしそうに走っていきました。
zh: 一只小刺猬卡在了灌木丛里。{n}轻轻地把它救了出来。 | 小刺猬动了动鼻子，小声说了谢谢，开心地跑走了。
es: Un pequeño erizo se había quedado atrapado en un arbusto. {n} lo ayudó a salir con cuidado. | El erizo movió la nariz, dio unas gracias chiquititas y se fue trotando feliz.
vi: Một chú nhím nhỏ bị mắc kẹt trong bụi cây. {n} nhẹ nhàng giúp nhím ra ngoài. | Chú nhím khịt khịt mũi, lí nhí cảm ơn rồi vui vẻ lon ton chạy đi.
fr: Un petit hérisson est coincé dans un buisson. {n} l'aide doucement à sortir. | Le hérisson remue le nez, dit un tout petit merci et s'en va en trottinant.
de: Ein kleiner Igel steckte in einem Busch fest. {n} half ihm vorsichtig heraus. | Der Igel wackelte mit der Nase, sagte ein winziges Danke und tippelte fröhlich davon.

@ep.footprints
set: -
rank: 33
scene: looking back at a long trail of footprints
vocab: footprint path
en: {n} looked back at their footprints on the path. They had come so far! | “We can do it,” said {n}, and {c} nodded, feeling proud and strong.
ko: {n.eun} 길 위에 찍힌 발자국을 돌아보았어요. 벌써 이렇게 멀리 왔어요! | “우리는 할 수 있어.” {n.i} 말하자, {c.eun} 뿌듯하고 씩씩하게 고개를 끄덕였어요.
ja: {n}は、道にのこった足あとをふりかえりました。もうこんなに遠くまできたのです！ | 「わたしたちならできるよ」と{n}が言うと、{c}はほこらしげにうなずきました。
zh: {n}回头看看小路上的脚印。他们已经走了这么远啦！ | “我们一定能做到，”{n}说。{c}点点头，觉得又骄傲又有力量。
es: {n} miró atrás, a sus huellas en el camino. ¡Habían llegado muy lejos! | «Podemos lograrlo», dijo {n}, y {c} asintió, con orgullo y con fuerza.
vi: {n} ngoảnh lại nhìn những dấu chân trên con đường. Hai bạn đã đi xa đến thế rồi! | “Chúng mình làm được mà,” {n} nói, và {c} gật đầu, thấy thật tự hào và mạnh mẽ.
fr: {n} regarde derrière, les empreintes de pas sur le chemin. Ils sont déjà venus de si loin ! | « On peut y arriver », dit {n}, et {c} hoche la tête avec fierté.
de: {n} schaute zurück auf die Fußspuren auf dem Weg. Sie waren schon so weit gekommen! | „Wir schaffen das“, sagte {n}, und {c} nickte stolz und stark.

@ep.cave_echo
set: cave
rank: 35
scene: calling hello into the mouth of a cave
vocab: cave echo
en: {n} and {c} found a cave. “Hello!” called {n}. “Hello, hello!” answered the echo. | {c} giggled, and the cave giggled back, because caves love to copy.
ko: {n.wa} {c.eun} 동굴을 발견했어요. “안녕!” {n.i} 외치자 “안녕, 안녕!” 메아리가 대답했어요. | {c.i} 킥킥 웃자 동굴도 킥킥 따라 웃었어요. 동굴은 따라 하는 걸 좋아하거든요.
ja: {n}と{c}はどうくつを見つけました。「やっほー！」と{n}がよぶと、「やっほー、やっほー！」とこだまがこたえました。 | {c}がくすくすわらうと、どうくつもくすくすわらいかえしました。どうくつは、まねっこが大すきなのです。
zh: {n}和{c}发现了一个山洞。“你好！”{n}喊道。“你好，你好！”回声答道。 | {c}咯咯一笑，山洞也咯咯地笑回来，因为山洞最喜欢学人说话了。
es: {n} y {c} encontraron una cueva. «¡Hola!», gritó {n}. «¡Hola, hola!», respondió el eco. | {c} se rio, y la cueva se rio también, porque a las cuevas les encanta imitar.
vi: {n} và {c} tìm thấy một cái hang. “Xin chào!” {n} gọi. “Xin chào, xin chào!” tiếng vọng đáp lại. | {c} khúc khích cười, và cái hang cũng khúc khích cười theo, vì hang động rất thích bắt chước.
fr: {n} et {c} trouvent une grotte. « Bonjour ! » crie {n}. « Bonjour, bonjour ! » répond l'écho. | {c} rit, et la grotte rit aussi, parce que les grottes adorent imiter.
de: {n} und {c} fanden eine Höhle. „Hallo!“, rief {n}. „Hallo, hallo!“, antwortete das Echo. | {c} kicherte, und die Höhle kicherte zurück, denn Höhlen machen so gern alles nach.

@ep.breeze
set: -
rank: 38
scene: sneezing and laughing as a gentle breeze tickles their noses
vocab: wind nose
en: A gentle wind tickled their noses. “Achoo!” sneezed {c}. | {n} laughed so hard that a passing leaf did a little somersault in the air.
ko: 살랑바람이 코를 간질였어요. “에취!” {c.i} 재채기를 했어요. | {n.i} 너무 크게 웃어서, 지나가던 나뭇잎이 공중에서 데굴 재주를 넘었어요.
ja: やさしい風が、はなをくすぐりました。「ハックション！」と{c}がくしゃみをしました。 | {n}があんまりわらうので、とんできた葉っぱが空中でくるりとちゅうがえりしました。
zh: 一阵微风挠得他们的鼻子痒痒的。“阿嚏！”{c}打了个喷嚏。 | {n}笑得好开心，一片路过的叶子都在空中翻了个跟头。
es: Un viento suave les hizo cosquillas en la nariz. «¡Achís!», estornudó {c}. | {n} se rio tanto que una hoja que pasaba dio una voltereta en el aire.
vi: Một làn gió nhẹ làm mũi hai bạn buồn buồn. “Hắt xì!” {c} hắt hơi. | {n} cười to đến nỗi một chiếc lá bay ngang cũng nhào lộn một vòng trên không.
fr: Un petit vent leur chatouille le nez. « Atchoum ! » éternue {c}. | {n} rit si fort qu'une feuille qui passait fait une petite cabriole dans l'air.
de: Ein sanfter Wind kitzelte ihre Nasen. „Hatschi!“, nieste {c}. | {n} lachte so sehr, dass ein vorbeifliegendes Blatt einen kleinen Purzelbaum in der Luft schlug.

@ep.hill_view
set: mountain
rank: 40
scene: standing at the top of a high hill, looking out over tiny houses far below
vocab: hill village
en: {n} and {c} climbed a big hill. From the top, the village looked tiny, like a toy! | The fields below looked like a patchwork blanket, and the clouds seemed close enough to touch.
ko: {n.wa} {c.eun} 커다란 언덕을 올랐어요. 꼭대기에서 보니 마을이 장난감처럼 작았어요! | 아래 들판은 조각 이불 같았고, 구름은 손을 뻗으면 닿을 것 같았어요.
ja: {n}と{c}は大きなおかにのぼりました。てっぺんから見ると、村がおもちゃみたいに小さい！ | 下の畑はパッチワークの毛布みたいで、雲は手がとどきそうなほど近くに見えました。
zh: {n}和{c}爬上了一座大山坡。从顶上看，村子小得像玩具一样！ | 下面的田野像一条拼布毯子，云朵近得好像伸手就能摸到。
es: {n} y {c} subieron a una colina grande. ¡Desde arriba, el pueblo parecía un juguete! | Los campos de abajo parecían una manta de retazos, y las nubes estaban tan cerca que casi podían tocarlas.
vi: {n} và {c} leo lên một ngọn đồi lớn. Từ trên cao, ngôi làng trông bé xíu như đồ chơi! | Những cánh đồng bên dưới giống một tấm chăn chắp vá, và mây như ở gần đến mức chạm tay được.
fr: {n} et {c} grimpent sur une grande colline. D'en haut, le village a l'air tout petit, comme un jouet ! | Les champs ressemblent à une couverture en patchwork, et les nuages semblent assez proches pour les toucher.
de: {n} und {c} kletterten auf einen großen Hügel. Von oben sah das Dorf winzig aus, wie ein Spielzeug! | Die Felder unten sahen aus wie eine Flickendecke, und die Wolken schienen zum Greifen nah.

@ep.castle
set: castle
rank: 45
scene: playing hide-and-seek between old stone towers
vocab: castle tower
en: {n} and {c} found an old, empty castle. They played hide-and-seek in its towers. | Ivy climbed the stone walls, and from the tallest tower they could see for miles.
ko: {n.wa} {c.eun} 텅 빈 오래된 성을 발견했어요. 성의 탑에서 숨바꼭질을 했지요. | 돌담에는 담쟁이덩굴이 타고 올라가 있었고, 가장 높은 탑에서는 아주 멀리까지 보였어요.
ja: {n}と{c}は古い、だれもいないおしろを見つけました。とうの中でかくれんぼをしました。 | 石のかべにはツタがのびていて、いちばん高いとうからは、ずっと遠くまで見えました。
zh: {n}和{c}发现了一座空荡荡的古老城堡。他们在塔楼里玩捉迷藏。 | 常春藤爬满了石墙，从最高的塔楼上，可以望得很远很远。
es: {n} y {c} encontraron un castillo viejo y vacío. Jugaron al escondite en sus torres. | La hiedra trepaba por los muros de piedra, y desde la torre más alta se veía muy, muy lejos.
vi: {n} và {c} tìm thấy một tòa lâu đài cổ vắng vẻ. Hai bạn chơi trốn tìm trong các tòa tháp. | Dây thường xuân leo kín tường đá, và từ tòa tháp cao nhất có thể nhìn thấy thật xa.
fr: {n} et {c} trouvent un vieux château vide. Ils jouent à cache-cache dans ses tours. | Le lierre grimpe sur les murs de pierre, et du haut de la plus haute tour, on voit très loin.
de: {n} und {c} fanden eine alte, leere Burg. In ihren Türmen spielten sie Verstecken. | Efeu kletterte an den Steinmauern hoch, und vom höchsten Turm aus konnte man meilenweit sehen.

# ---------------------------------------------------------------- sea episodes
@ep.crab_beach
set: beach
tags: sea pre
rank: 5
scene: walking sideways next to a little crab on the sand
vocab: crab sand
en: On the sand, a little crab walked sideways. Click, click! | {n} tried to walk sideways too, and {c} laughed until everyone was dizzy.
ko: 모래 위에서 작은 게가 옆으로 걸었어요. 딸깍, 딸깍! | {n}도 옆으로 걸어 보았고, {c.eun} 어지러울 때까지 깔깔 웃었어요.
ja: すなの上で、小さなカニがよこ歩きをしていました。カチ、カチ！ | {n}もよこ歩きをしてみると、{c}は目がまわるまでわらいました。
zh: 沙滩上，一只小螃蟹横着走路。咔嗒，咔嗒！ | {n}也学着横着走，{c}笑得头都晕了。
es: Sobre la arena, un cangrejo pequeño caminaba de lado. ¡Clic, clic! | {n} intentó caminar de lado también, y {c} se rio hasta marearse.
vi: Trên bãi cát, một chú cua nhỏ bò ngang. Lách cách, lách cách! | {n} cũng thử đi ngang, còn {c} thì cười đến chóng cả mặt.
fr: Sur le sable, un petit crabe marche de côté. Clic, clic ! | {n} essaie de marcher de côté aussi, et {c} rit à en avoir le tournis.
de: Im Sand lief eine kleine Krabbe seitwärts. Klick, klick! | {n} versuchte auch, seitwärts zu gehen, und {c} lachte, bis allen schwindelig war.

@ep.sandcastle
set: beach
tags: sea pre
rank: 6
scene: building a tall sand tower with a seashell door
vocab: sandcastle shell
en: {n} and {c} built a tall sandcastle with a shell for a door. | {c} added a flag made of seaweed, and {n} dug a moat that filled with foam.
ko: {n.wa} {c.eun} 조개껍데기 문이 달린 높다란 모래성을 쌓았어요. | {c.i} 해초로 깃발을 꽂았고, {n.eun} 거품이 차오르는 도랑을 팠어요.
ja: {n}と{c}は、貝がらのドアがある高いすなのおしろをつくりました。 | {c}は海そうのはたを立て、{n}はあわでいっぱいになるおほりをほりました。
zh: {n}和{c}堆了一座高高的沙堡，还用贝壳做了一扇门。 | {c}插上一面海草做的小旗，{n}挖了一条护城河，里面装满了泡沫。
es: {n} y {c} construyeron un castillo de arena alto con una concha como puerta. | {c} le puso una bandera de algas, y {n} hizo un foso que se llenó de espuma.
vi: {n} và {c} xây một tòa lâu đài cát thật cao với cánh cửa bằng vỏ sò. | {c} cắm một lá cờ bằng rong biển, còn {n} đào một con hào đầy bọt sóng.
fr: {n} et {c} construisent un grand château de sable avec un coquillage comme porte. | {c} ajoute un drapeau en algues, et {n} creuse des douves qui se remplissent d'écume.
de: {n} und {c} bauten eine hohe Sandburg mit einer Muschel als Tür. | {c} steckte eine Fahne aus Seetang darauf, und {n} grub einen Graben, der sich mit Schaum füllte.

@ep.tidepool
set: beach
tags: sea pre
rank: 8
scene: peering into a rock pool at a starfish and a tiny snail
vocab: starfish snail
en: In a rock pool, they found a starfish and a tiny snail. | {n} said hello very softly, so as not to scare them, and the starfish seemed to wave one arm.
ko: 바위 웅덩이에서 둘은 불가사리와 조그만 달팽이를 찾았어요. | {n.eun} 놀라지 않게 아주 작은 목소리로 인사했고, 불가사리는 팔 하나를 흔드는 것 같았어요.
ja: いわばの水たまりで、ふたりはヒトデと小さなまきがいを見つけました。 | {n}はびっくりさせないように、とても小さな声であいさつしました。ヒトデはうでを一本ふったみたいでした。
zh: 在礁石间的小水洼里，他们发现了一只海星和一只小小的海蜗牛。 | {n}轻轻地打招呼，生怕吓到它们，海星好像挥了挥一只手臂。
es: En una poza entre las rocas, encontraron una estrella de mar y un caracol diminuto. | {n} los saludó muy bajito para no asustarlos, y la estrella de mar pareció mover un brazo.
vi: Trong một vũng nước bên bờ đá, hai bạn tìm thấy một con sao biển và một chú ốc nhỏ xíu. | {n} khẽ khàng chào để chúng không giật mình, và sao biển như vẫy vẫy một cánh tay.
fr: Dans une flaque entre les rochers, ils trouvent une étoile de mer et un minuscule escargot de mer. | {n} leur dit bonjour tout doucement pour ne pas leur faire peur, et l'étoile de mer semble agiter un bras.
de: In einem Felsentümpel fanden sie einen Seestern und eine winzige Schnecke. | {n} sagte ganz leise Hallo, um sie nicht zu erschrecken, und der Seestern schien mit einem Arm zu winken.

@ep.coral
set: ocean
tags: sea
rank: 10
scene: swimming past pink and orange coral with tiny fish
vocab: coral fish sea
en: Under the sea, they swam past pink and orange coral. Tiny fish played hide-and-seek. | The fish darted in and out, giggling in little bubbles.
ko: 바닷속에서 둘은 분홍색과 주황색 산호 사이를 헤엄쳤어요. 작은 물고기들이 숨바꼭질을 했어요. | 물고기들은 들락날락하며 보글보글 작은 방울로 웃었어요.
ja: 海の中で、ふたりはピンクやオレンジのサンゴのそばをおよぎました。小さな魚たちがかくれんぼをしています。 | 魚たちは出たり入ったりして、小さなあわでくすくすわらいました。
zh: 在海底，他们游过粉色和橙色的珊瑚。小鱼们在玩捉迷藏。 | 小鱼们钻进钻出，吐着小泡泡咯咯地笑。
es: Bajo el mar, nadaron entre corales rosas y naranjas. Peces diminutos jugaban al escondite. | Los peces entraban y salían, riéndose con burbujitas.
vi: Dưới biển, hai bạn bơi qua những rặng san hô hồng và cam. Những chú cá tí hon chơi trốn tìm. | Đàn cá lượn ra lượn vào, cười khúc khích thành những bong bóng nhỏ.
fr: Sous la mer, ils nagent entre des coraux roses et orange. De tout petits poissons jouent à cache-cache. | Les poissons entrent et sortent en riant dans de petites bulles.
de: Unter dem Meer schwammen sie an rosa und orangefarbenen Korallen vorbei. Winzige Fische spielten Verstecken. | Die Fische flitzten hin und her und kicherten in kleinen Blasen.

@ep.octopus
set: ocean
tags: sea
rank: 20
scene: waving to a friendly octopus with eight curly arms
vocab: octopus eight
en: A friendly octopus waved eight arms at them. Hello, hello, hello! | {n} waved back with two hands, and {c} laughed, “That's a lot of hellos!”
ko: 다정한 문어가 여덟 개의 다리를 흔들며 인사했어요. 안녕, 안녕, 안녕! | {n.eun} 두 손을 흔들어 답했고, {c.eun} 웃었어요. “인사가 정말 많네!”
ja: やさしいタコが、八本の足をふってあいさつしました。こんにちは、こんにちは、こんにちは！ | {n}は両手をふってこたえ、{c}はわらいました。「あいさつがいっぱいだね！」
zh: 一只友好的章鱼挥动八条腿向他们打招呼。你好，你好，你好！ | {n}挥着两只手回应，{c}笑着说：“好多个你好呀！”
es: Un pulpo simpático los saludó con sus ocho brazos. ¡Hola, hola, hola! | {n} respondió con las dos manos, y {c} se rio: «¡Cuántos holas!»
vi: Một chú bạch tuộc thân thiện vẫy tám cái tay chào hai bạn. Xin chào, xin chào! | {n} vẫy lại bằng hai tay, còn {c} thì cười: “Nhiều lời chào quá!”
fr: Une gentille pieuvre leur fait coucou avec ses huit bras. Bonjour, bonjour, bonjour ! | {n} répond avec les deux mains, et {c} rit : « Ça fait beaucoup de bonjours ! »
de: Ein freundlicher Krake winkte ihnen mit acht Armen zu. Hallo, hallo, hallo! | {n} winkte mit beiden Händen zurück, und {c} lachte: „Das sind aber viele Hallos!“

@ep.seaweed
set: ocean
tags: sea
rank: 25
scene: twirling through tall swaying seaweed like ribbons
vocab: seaweed ribbon
en: {n} and {c} swam through tall seaweed that swayed like dancing ribbons. | {c} twirled around and around, and soon {n} was twirling too.
ko: {n.wa} {c.eun} 춤추는 리본처럼 하늘거리는 키 큰 해초 사이를 헤엄쳤어요. | {c.i} 빙글빙글 돌자, 곧 {n}도 함께 빙글빙글 돌았어요.
ja: {n}と{c}は、おどるリボンのようにゆれる、せの高い海そうの中をおよぎました。 | {c}がくるくるまわると、すぐに{n}もくるくるまわりました。
zh: {n}和{c}游过高高的海草，海草像跳舞的丝带一样摇摆。 | {c}转了一圈又一圈，很快{n}也跟着转了起来。
es: {n} y {c} nadaron entre algas altas que se mecían como cintas que bailan. | {c} daba vueltas y vueltas, y pronto {n} también giraba.
vi: {n} và {c} bơi qua đám rong biển cao, đung đưa như những dải ruy băng đang múa. | {c} xoay tròn, xoay tròn, và chẳng mấy chốc {n} cũng xoay theo.
fr: {n} et {c} nagent entre de grandes algues qui ondulent comme des rubans qui dansent. | {c} tourne et tourne, et bientôt {n} tourne aussi.
de: {n} und {c} schwammen durch hohen Seetang, der sich wie tanzende Bänder wiegte. | {c} drehte sich im Kreis, und bald drehte sich {n} auch.

@ep.seahorse
set: ocean
tags: sea
rank: 30
scene: bobbing up and down with little seahorses
vocab: seahorse merry-go-round
en: Little seahorses bobbed up and down, like tiny horses on a merry-go-round. | {n} and {c} bobbed along with them, up and down, up and down.
ko: 작은 해마들이 회전목마처럼 위아래로 둥실둥실 움직였어요. | {n.wa} {c}도 함께 위로, 아래로, 위로, 아래로 둥실거렸어요.
ja: 小さなタツノオトシゴたちが、メリーゴーランドみたいに上へ下へとゆれていました。 | {n}と{c}もいっしょに、上へ下へ、上へ下へとゆれました。
zh: 小海马们一上一下地浮动，就像旋转木马一样。 | {n}和{c}也跟着一上一下，一上一下。
es: Unos caballitos de mar subían y bajaban, como en un tiovivo. | {n} y {c} subieron y bajaron con ellos, arriba y abajo, arriba y abajo.
vi: Những chú cá ngựa nhỏ nhấp nhô lên xuống, như đang chơi vòng quay ngựa gỗ. | {n} và {c} cũng nhấp nhô theo, lên rồi xuống, lên rồi xuống.
fr: De petits hippocampes montent et descendent, comme sur un manège. | {n} et {c} montent et descendent avec eux, en haut, en bas, en haut, en bas.
de: Kleine Seepferdchen schaukelten auf und ab, wie auf einem Karussell. | {n} und {c} schaukelten mit, auf und ab, auf und ab.

@ep.bubbles
set: ocean
tags: sea
rank: 35
scene: blowing shiny bubbles that float up like pearls
vocab: bubble pearl
en: {n} blew bubbles, and they floated up like shiny pearls. | {c} tried to catch them, but they tickled {c.s} nose and popped. Pop, pop!
ko: {n.i} 공기 방울을 불자, 반짝이는 진주처럼 둥실둥실 떠올랐어요. | {c.i} 잡으려고 했지만, 방울들은 코를 간질이며 톡톡 터졌어요.
ja: {n}があわをふくと、ぴかぴかのしんじゅのようにのぼっていきました。 | {c}がつかまえようとすると、あわははなをくすぐって、パチン、パチンとはじけました。
zh: {n}吹出一串泡泡，它们像亮晶晶的珍珠一样往上飘。 | {c}想去抓，泡泡却挠得{c}的鼻子痒痒的，噗、噗地破了。
es: {n} hizo burbujas, y subieron flotando como perlas brillantes. | {c} intentó atraparlas, pero le hicieron cosquillas en la nariz y explotaron. ¡Pop, pop!
vi: {n} thổi bong bóng, và chúng bay lên như những viên ngọc trai lấp lánh. | {c} cố bắt lấy, nhưng bong bóng cù vào mũi rồi vỡ lốp bốp.
fr: {n} fait des bulles, qui montent comme des perles brillantes. | {c} essaie de les attraper, mais elles lui chatouillent le nez et éclatent. Pop, pop !
de: {n} pustete Blasen, und sie stiegen auf wie glänzende Perlen. | {c} versuchte, sie zu fangen, aber sie kitzelten an der Nase und zerplatzten. Plopp, plopp!

@ep.shipwreck
set: ocean
tags: sea
rank: 40
scene: exploring an old sunken ship covered in shells, a crab waving from the deck
vocab: ship shell crab
en: {n} and {c} found an old sunken ship covered in shells. A crab waved from the deck. | Fish swam in and out of its round windows, as if it were their very own house.
ko: {n.wa} {c.eun} 조개껍데기로 뒤덮인, 가라앉은 낡은 배를 발견했어요. 갑판에서 게가 집게를 흔들었어요. | 물고기들이 동그란 창문으로 들락날락했어요. 마치 자기들 집인 것처럼요.
ja: {n}と{c}は、貝がらにおおわれた古い沈んだ船を見つけました。カニがかんぱんから手をふっています。 | 魚たちはまるいまどから出たり入ったりして、まるで自分たちの家みたいでした。
zh: {n}和{c}发现了一艘沉在海底的旧船，上面长满了贝壳。一只螃蟹在甲板上挥着钳子。 | 小鱼从圆圆的舷窗游进游出，好像这是它们自己的家。
es: {n} y {c} encontraron un viejo barco hundido cubierto de conchas. Un cangrejo saludaba desde la cubierta. | Los peces entraban y salían por sus ventanas redondas, como si fuera su propia casa.
vi: {n} và {c} tìm thấy một con tàu cũ chìm dưới đáy biển, phủ đầy vỏ sò. Một chú cua vẫy càng trên boong tàu. | Cá bơi ra bơi vào qua những ô cửa tròn, cứ như đó là nhà của chúng.
fr: {n} et {c} découvrent un vieux bateau englouti, couvert de coquillages. Un crabe fait coucou depuis le pont. | Des poissons entrent et sortent par ses hublots ronds, comme si c'était leur maison.
de: {n} und {c} fanden ein altes versunkenes Schiff voller Muscheln. Eine Krabbe winkte vom Deck. | Fische schwammen durch die runden Fenster ein und aus, als wäre es ihr eigenes Haus.

@ep.dolphins
set: ocean
tags: sea
rank: 50
scene: racing alongside two playful dolphins
vocab: dolphin race
en: Two dolphins zoomed by. “Let's have a race!” they called. | Swish, swoosh! {n} and {c} swam as fast as they could, and everyone got a big, bubbly cheer.
ko: 돌고래 두 마리가 쌩 지나갔어요. “우리 경주를 하자!” | 쉭, 쉬익! {n.wa} {c.eun} 힘껏 헤엄쳤고, 모두가 보글보글 큰 박수를 받았어요.
ja: イルカが二ひき、ビューンとやってきました。「きょうそうしよう！」 | シュッ、シューッ！{n}と{c}はせいいっぱいおよいで、みんなでブクブクと大はくしゅ！
zh: 两只海豚嗖地游过来。“我们来比赛吧！”它们喊道。 | 嗖，嗖！{n}和{c}拼命地游，大家都得到了一阵冒着泡泡的欢呼。
es: Dos delfines pasaron zumbando. «¡Echemos una carrera!», dijeron. | ¡Zas, zas! {n} y {c} nadaron lo más rápido que pudieron, y todos ganaron un gran aplauso burbujeante.
vi: Hai chú cá heo lướt vụt qua. “Mình thi bơi nhé!” chúng gọi. | Vút, vút! {n} và {c} bơi nhanh hết sức, và ai cũng nhận được một tràng reo hò đầy bong bóng.
fr: Deux dauphins passent à toute vitesse. « On fait la course ? » crient-ils. | Fiou, fiou ! {n} et {c} nagent aussi vite que possible, et tout le monde gagne une grande ovation pleine de bulles.
de: Zwei Delfine sausten vorbei. „Lasst uns ein Wettrennen machen!“, riefen sie. | Wusch, wusch! {n} und {c} schwammen so schnell sie konnten, und alle bekamen blubbernden Applaus.

# ---------------------------------------------------------------- sky episodes
@ep.clouds
set: sky
tags: sky
rank: 5
scene: floating past soft clouds shaped like sleepy sheep
vocab: cloud sheep
en: {n} and {c} floated past soft clouds that looked like sleepy sheep. | {n} counted them, one sheep, two sheep, three sheep, and {c} gave a big yawn.
ko: {n.wa} {c.eun} 졸린 양처럼 생긴 포근한 구름 사이를 둥실둥실 지나갔어요. | {n.i} 양 한 마리, 양 두 마리, 양 세 마리 세자, {c.i} 크게 하품을 했어요.
ja: {n}と{c}は、ねむたそうなひつじみたいな、ふわふわの雲のそばをとおりすぎました。 | {n}がひつじが一ぴき、ひつじが二ひき、ひつじが三びきとかぞえると、{c}は大きなあくびをしました。
zh: {n}和{c}飘过软软的云朵，云朵看起来就像困困的绵羊。 | {n}数着：一只羊，两只羊，三只羊……{c}打了个大大的哈欠。
es: {n} y {c} pasaron flotando junto a nubes suaves que parecían ovejas dormidas. | {n} las contó, una oveja, dos ovejas, tres ovejas, y {c} dio un gran bostezo.
vi: {n} và {c} bay ngang qua những đám mây mềm mại trông như những chú cừu buồn ngủ. | {n} đếm: một chú cừu, hai chú cừu, ba chú cừu, và {c} ngáp một cái thật to.
fr: {n} et {c} flottent près de nuages tout doux qui ressemblent à des moutons endormis. | {n} les compte, un mouton, deux moutons, trois moutons, et {c} fait un grand bâillement.
de: {n} und {c} schwebten an weichen Wolken vorbei, die wie schläfrige Schafe aussahen. | {n} zählte sie, ein Schaf, zwei Schafe, drei Schafe, und {c} gähnte ganz laut.

@ep.astronaut
set: space
tags: sky
rank: 10
scene: waving to a friendly astronaut floating nearby
vocab: astronaut space
en: In space, a friendly astronaut floated by and waved hello. | “Welcome to space!” said the astronaut, and showed them how to float upside down.
ko: 우주에서 다정한 우주 비행사가 둥실 떠와서 손을 흔들었어요. | “우주에 온 걸 환영해!” 우주 비행사는 거꾸로 둥둥 떠다니는 법을 알려 주었어요.
ja: 宇宙で、やさしいうちゅうひこうしがふわりとやってきて、手をふりました。 | 「宇宙へようこそ！」とうちゅうひこうしは言って、さかさまにうかぶやりかたをおしえてくれました。
zh: 在太空中，一位友好的宇航员飘过来，向他们挥手问好。 | “欢迎来到太空！”宇航员说，还教他们怎么倒着飘。
es: En el espacio, una astronauta simpática pasó flotando y los saludó. | «¡Bienvenidos al espacio!», dijo la astronauta, y les enseñó a flotar boca abajo.
vi: Trong vũ trụ, một nhà du hành vũ trụ thân thiện bay lơ lửng qua và vẫy tay chào. | “Chào mừng đến với vũ trụ!” nhà du hành nói, rồi chỉ cho hai bạn cách lộn ngược người.
fr: Dans l'espace, une gentille astronaute passe en flottant et leur fait coucou. | « Bienvenue dans l'espace ! » dit l'astronaute, et elle leur montre comment flotter la tête en bas.
de: Im Weltraum schwebte eine freundliche Astronautin vorbei und winkte. | „Willkommen im Weltraum!“, sagte die Astronautin und zeigte ihnen, wie man kopfüber schwebt.

@ep.constellation
set: sky
tags: sky
rank: 15
scene: tracing star pictures with a finger
vocab: star picture
en: The stars made pictures in the sky: a boat, a teapot and a big spoon! | {n} traced them with a finger, and {c} made up a story for each one.
ko: 별들이 하늘에 그림을 그렸어요. 배, 찻주전자, 그리고 커다란 숟가락! | {n.eun} 손가락으로 별을 따라 그렸고, {c.eun} 그림마다 이야기를 지어냈어요.
ja: 星たちが空に絵をえがいていました。船に、ティーポットに、大きなスプーン！ | {n}がゆびでなぞると、{c}はひとつひとつにお話をつくりました。
zh: 星星在天空中拼成了图画：一条船、一把茶壶，还有一把大勺子！ | {n}用手指描着它们，{c}给每一幅图画都编了一个故事。
es: Las estrellas hacían dibujos en el cielo: ¡un barco, una tetera y una cuchara enorme! | {n} los repasó con el dedo, y {c} inventó un cuento para cada uno.
vi: Các vì sao vẽ thành những bức tranh trên bầu trời: một con thuyền, một ấm trà và một chiếc thìa to! | {n} dùng ngón tay vẽ theo, còn {c} nghĩ ra một câu chuyện cho mỗi bức tranh.
fr: Les étoiles dessinent des images dans le ciel : un bateau, une théière et une grande cuillère ! | {n} les suit du doigt, et {c} invente une histoire pour chacune.
de: Die Sterne malten Bilder an den Himmel: ein Boot, eine Teekanne und einen großen Löffel! | {n} fuhr sie mit dem Finger nach, und {c} dachte sich zu jedem eine Geschichte aus.

@ep.moon_bounce
set: space
tags: sky
rank: 20
scene: bouncing high on the moon among round craters
vocab: moon crater
en: They landed on the moon, full of round craters. Boing, boing! | {n} and {c} jumped so high that they did somersaults in the air.
ko: 둘은 동그란 분화구가 가득한 달에 내렸어요. 통, 통! | {n.wa} {c.eun} 너무 높이 뛰어서 공중제비를 넘었어요.
ja: ふたりは、まるいクレーターがいっぱいの月におりました。ボヨン、ボヨン！ | {n}と{c}は高くとびすぎて、くるりとちゅうがえりをしました。
zh: 他们降落在布满圆圆陨石坑的月亮上。嘣，嘣！ | {n}和{c}跳得好高好高，在空中翻起了跟头。
es: Aterrizaron en la luna, llena de cráteres redondos. ¡Boing, boing! | {n} y {c} saltaron tan alto que dieron volteretas en el aire.
vi: Hai bạn đáp xuống mặt trăng đầy những miệng hố tròn. Bình bịch, bình bịch! | {n} và {c} nhảy cao đến nỗi lộn nhào trên không trung.
fr: Ils se posent sur la lune, pleine de cratères ronds. Boing, boing ! | {n} et {c} sautent si haut qu'ils font des galipettes dans les airs.
de: Sie landeten auf dem Mond voller runder Krater. Boing, boing! | {n} und {c} sprangen so hoch, dass sie Purzelbäume in der Luft schlugen.

@ep.milky_way
set: space
tags: sky
rank: 25
scene: sliding down a long sparkly band of stars
vocab: milky_way slide
en: {n} and {c} slid down the Milky Way, like a long, sparkly slide. Wheee! | Stardust sprinkled everywhere, and {n} laughed because it tickled like sugar.
ko: {n.wa} {c.eun} 길고 반짝이는 미끄럼틀 같은 은하수를 타고 미끄러졌어요. 슝! | 별가루가 사방에 흩뿌려졌고, 설탕처럼 간질거려서 {n.eun} 깔깔 웃었어요.
ja: {n}と{c}は、長くてきらきらのすべり台みたいな天の川をすべりおりました。ヒューン！ | 星のこながあちこちにふりかかり、さとうみたいにくすぐったくて、{n}はわらいました。
zh: {n}和{c}顺着银河滑下去，银河就像一条长长的、亮晶晶的滑梯。呜——！ | 星尘撒得到处都是，像糖一样痒痒的，{n}哈哈大笑。
es: {n} y {c} se deslizaron por la Vía Láctea, como por un tobogán largo y brillante. ¡Yupiii! | Había polvo de estrellas por todas partes, y {n} se reía porque hacía cosquillas como el azúcar.
vi: {n} và {c} trượt xuống Dải Ngân Hà, như trượt trên một chiếc cầu trượt dài lấp lánh. Vèo! | Bụi sao rắc khắp nơi, và {n} bật cười vì nó nhột nhột như đường.
fr: {n} et {c} glissent sur la Voie lactée, comme sur un long toboggan scintillant. Youpi ! | De la poussière d'étoiles tombe partout, et {n} rit parce qu'elle chatouille comme du sucre.
de: {n} und {c} rutschten die Milchstraße hinunter, wie eine lange, glitzernde Rutsche. Juhu! | Überall rieselte Sternenstaub, und {n} lachte, weil er kitzelte wie Zucker.

@ep.comet
set: space
tags: sky
rank: 30
scene: watching a comet with a long sparkly tail zoom past
vocab: comet tail wish
en: A comet zoomed by with a long, sparkly tail. “Make a wish!” said {c}. | {n} closed both eyes and wished that every child could see something this beautiful.
ko: 긴 반짝 꼬리를 단 혜성이 쌩 지나갔어요. “소원을 빌어!” {c.i} 말했어요. | {n.eun} 두 눈을 감고, 모든 아이들이 이렇게 아름다운 걸 볼 수 있기를 빌었어요.
ja: 長くきらきらしたしっぽのほうき星が、ビューンととんでいきました。「ねがいごとをして！」と{c}が言いました。 | {n}は目をとじて、世界じゅうの子どもたちがこんなにきれいなものを見られますようにとねがいました。
zh: 一颗拖着长长亮尾巴的彗星嗖地飞过。“快许个愿望！”{c}说。 | {n}闭上眼睛，希望每个孩子都能看到这么美丽的东西。
es: Un cometa pasó zumbando con una cola larga y brillante. «¡Pide un deseo!», dijo {c}. | {n} cerró los ojos y deseó que todos los niños pudieran ver algo tan bonito.
vi: Một ngôi sao chổi vụt qua với chiếc đuôi dài lấp lánh. “Ước một điều ước đi!” {c} nói. | {n} nhắm mắt và ước cho mọi bạn nhỏ đều được thấy điều tuyệt đẹp như thế.
fr: Une comète passe à toute allure avec une longue queue scintillante. « Fais un vœu ! » dit {c}. | {n} ferme les yeux et souhaite que tous les enfants puissent voir quelque chose d'aussi beau.
de: Ein Komet sauste mit einem langen, glitzernden Schweif vorbei. „Du hast einen Wunsch frei!“, rief {c}. | {n} schloss die Augen und wünschte, dass alle Kinder einmal etwas so Schönes sehen könnten.

@ep.stardust
set: space
tags: sky
rank: 35
scene: catching a handful of glittering stardust
vocab: stardust hand
en: {n} caught a handful of stardust in one hand. It glittered and tickled. | {n} sprinkled a little on {c}, who sparkled like a walking star.
ko: {n.eun} 별가루를 한 손 가득 잡았어요. 반짝반짝 간질간질했어요. | {n.i} {c}에게 조금 뿌려 주자, {c.eun} 걸어 다니는 별처럼 반짝였어요.
ja: {n}は、星のこなを手いっぱいにつかまえました。きらきらして、くすぐったい！ | {n}が{c}に少しふりかけると、{c}は歩く星みたいにかがやきました。
zh: {n}用手捧起一把星尘。它亮闪闪的，痒痒的。 | {n}在{c}身上撒了一点，{c}就像一颗会走路的星星一样闪闪发光。
es: {n} atrapó polvo de estrellas con la mano. Brillaba y hacía cosquillas. | {n} le echó un poquito a {c}, que brilló como una estrella con patas.
vi: {n} bắt được một nắm bụi sao trong tay. Nó lấp lánh và nhột nhột. | {n} rắc một ít lên {c}, và {c} lấp lánh như một ngôi sao biết đi.
fr: {n} attrape une poignée de poussière d'étoiles dans sa main. Ça brille et ça chatouille ! | {n} en saupoudre un peu sur {c}, qui scintille comme une étoile qui marche.
de: {n} fing mit der Hand ein bisschen Sternenstaub. Er glitzerte und kitzelte. | {n} streute ein wenig auf {c}, und {c} funkelte wie ein wandelnder Stern.

@ep.ringed_planet
set: space
tags: sky
rank: 40
scene: sliding down the colorful rings of a spinning planet
vocab: planet ring
en: They visited a planet with colorful rings, spinning like a giant top. | {n} and {c} slid down one of the rings, laughing all the way.
ko: 둘은 알록달록한 고리가 있는 행성에 갔어요. 행성은 커다란 팽이처럼 빙글빙글 돌았어요. | {n.wa} {c.eun} 고리 하나를 타고 미끄러져 내려오며 내내 깔깔 웃었어요.
ja: ふたりは、カラフルなわっかのあるわくせいにいきました。大きなこまのようにくるくるまわっています。 | {n}と{c}は、わっかのひとつをすべりおりて、ずっとわらっていました。
zh: 他们来到一颗带着彩色光环的星球，它像一个巨大的陀螺一样旋转着。 | {n}和{c}顺着一道光环滑下来，一路哈哈大笑。
es: Visitaron un planeta con anillos de colores que giraba como una peonza gigante. | {n} y {c} se deslizaron por uno de los anillos, riéndose sin parar.
vi: Hai bạn ghé thăm một hành tinh có những chiếc vòng nhiều màu, xoay tròn như một con quay khổng lồ. | {n} và {c} trượt xuống một chiếc vòng, cười suốt cả đường.
fr: Ils visitent une planète aux anneaux colorés qui tourne comme une toupie géante. | {n} et {c} glissent le long d'un des anneaux en riant.
de: Sie besuchten einen Planeten mit bunten Ringen, der sich wie ein riesiger Kreisel drehte. | {n} und {c} rutschten an einem der Ringe hinunter und lachten die ganze Zeit.

@ep.pillow_planet
set: space
tags: sky
rank: 45
scene: having a gentle pillow fight on a tiny planet covered in pillows
vocab: planet pillow
en: They found a tiny planet covered in soft, fluffy pillows. | {n} and {c} had a gentle pillow fight, and feathers floated like snowflakes.
ko: 둘은 보송보송한 베개로 뒤덮인 조그만 행성을 찾았어요. | {n.wa} {c.eun} 살살 베개 싸움을 했고, 깃털이 눈송이처럼 둥실둥실 떠다녔어요.
ja: ふたりは、ふわふわのまくらでおおわれた小さなわくせいを見つけました。 | {n}と{c}はやさしくまくらなげをして、はねが雪のようにふわふわとただよいました。
zh: 他们找到了一颗小小的星球，上面铺满了软绵绵的枕头。 | {n}和{c}轻轻地打起了枕头仗，羽毛像雪花一样飘来飘去。
es: Encontraron un planeta diminuto cubierto de almohadas suaves y esponjosas. | {n} y {c} tuvieron una guerra de almohadas muy suave, y las plumas flotaban como copos de nieve.
vi: Hai bạn tìm thấy một hành tinh bé xíu phủ đầy những chiếc gối mềm mại. | {n} và {c} chơi đánh gối thật nhẹ nhàng, và lông vũ bay lơ lửng như bông tuyết.
fr: Ils trouvent une toute petite planète couverte d'oreillers doux et moelleux. | {n} et {c} font une bataille d'oreillers tout en douceur, et les plumes volent comme des flocons de neige.
de: Sie fanden einen winzigen Planeten voller weicher, flauschiger Kissen. | {n} und {c} machten eine sanfte Kissenschlacht, und Federn schwebten wie Schneeflocken.

@ep.heart_rocks
set: space
tags: sky
rank: 50
scene: picking up heart-shaped rocks on a little red planet
vocab: planet stone heart
en: On a little red planet, they found rocks shaped like hearts. | {n} picked one for the family and one for {c}, and kept the smallest for later.
ko: 작고 빨간 행성에서 둘은 하트 모양 돌들을 찾았어요. | {n.eun} 가족에게 줄 것 하나, {c}에게 줄 것 하나를 고르고, 가장 작은 건 나중을 위해 간직했어요.
ja: 小さな赤いわくせいで、ふたりはハートの形の石を見つけました。 | {n}は家族に一つ、{c}に一つえらんで、いちばん小さいのは、とっておきにしました。
zh: 在一颗红色的小星球上，他们找到了心形的石头。 | {n}挑了一块给家人，一块给{c}，最小的那块留着以后用。
es: En un pequeño planeta rojo, encontraron piedras con forma de corazón. | {n} eligió una para la familia y otra para {c}, y guardó la más pequeña para después.
vi: Trên một hành tinh nhỏ màu đỏ, hai bạn tìm thấy những hòn đá hình trái tim. | {n} chọn một viên cho gia đình, một viên cho {c}, và giữ viên nhỏ nhất để dành.
fr: Sur une petite planète rouge, ils trouvent des cailloux en forme de cœur. | {n} en choisit un pour la famille et un pour {c}, et garde le plus petit pour plus tard.
de: Auf einem kleinen roten Planeten fanden sie Steine, die wie Herzen aussahen. | {n} suchte einen für die Familie und einen für {c} aus und hob den kleinsten für später auf.
"""

# The richer sentence for 9- to 12-year-olds: the page's setting, its time of day, or a mood.
DESCRIPTIONS = """
@desc.forest.1
en: The forest smelled of moss and pine, and somewhere a woodpecker tapped a steady rhythm.
ko: 숲에서는 이끼와 소나무 향기가 났고, 어디선가 딱따구리가 일정한 박자로 나무를 두드렸어요.
ja: 森はこけと松のかおりがして、どこかでキツツキがトントンとリズムをきざんでいました。
zh: 森林里飘着青苔和松树的香味，不知从哪里传来啄木鸟笃笃笃的节奏声。
es: El bosque olía a musgo y a pino, y en algún lugar un pájaro carpintero marcaba un ritmo constante.
vi: Khu rừng thơm mùi rêu và lá thông, đâu đó một chú chim gõ kiến đang gõ đều đều như đánh nhịp.
fr: La forêt sent la mousse et le pin, et quelque part un pic-vert tape un rythme régulier.
de: Der Wald duftete nach Moos und Kiefern, und irgendwo klopfte ein Specht einen gleichmäßigen Takt.

@desc.forest.2
en: Ferns uncurled like sleepy green fists, and old roots twisted across the ground like knotted ropes.
ko: 고사리는 졸린 초록 주먹처럼 천천히 펴지고, 오래된 뿌리들은 매듭진 밧줄처럼 땅 위를 구불구불 지나갔어요.
ja: シダはねむたそうな緑のこぶしのようにひらき、古い根っこは、むすび目のあるロープのように地面をうねっていました。
zh: 蕨叶像睡意朦胧的绿色小拳头一样慢慢舒展，老树根像打了结的绳子一样在地上弯弯曲曲。
es: Los helechos se desenrollaban como puños verdes y dormilones, y las raíces viejas serpenteaban por el suelo como cuerdas anudadas.
vi: Những cây dương xỉ duỗi ra như những nắm tay xanh còn ngái ngủ, và rễ cây già ngoằn ngoèo trên mặt đất như những sợi dây thừng thắt nút.
fr: Les fougères se déroulent comme de petits poings verts endormis, et les vieilles racines serpentent sur le sol comme des cordes nouées.
de: Farne entrollten sich wie verschlafene grüne Fäuste, und alte Wurzeln wanden sich wie verknotete Seile über den Boden.

@desc.meadow.1
en: Tall grass swayed like a green sea, dotted with clover and tiny wild daisies.
ko: 키 큰 풀들이 초록 바다처럼 일렁였고, 그 사이사이에 토끼풀과 작은 들꽃이 점점이 피어 있었어요.
ja: せの高い草が緑の海のようにゆれて、クローバーや小さな野のデイジーがぽつぽつとさいていました。
zh: 高高的青草像绿色的海洋一样起伏，中间点缀着三叶草和小小的野雏菊。
es: La hierba alta se mecía como un mar verde, salpicado de tréboles y diminutas margaritas silvestres.
vi: Cỏ cao đung đưa như một biển xanh, điểm xuyết những khóm cỏ ba lá và những bông cúc dại tí xíu.
fr: Les hautes herbes ondulent comme une mer verte, parsemée de trèfles et de minuscules pâquerettes sauvages.
de: Hohes Gras wogte wie ein grünes Meer, getupft mit Klee und winzigen wilden Gänseblümchen.

@desc.meadow.2
en: Crickets chirped in the grass, and the breeze carried the sweet smell of clover and honey.
ko: 풀숲에서는 귀뚜라미가 노래했고, 산들바람이 토끼풀과 꿀의 달콤한 향기를 실어 왔어요.
ja: 草むらではコオロギがなき、そよ風がクローバーとはちみつのあまいかおりをはこんできました。
zh: 草丛里蟋蟀唧唧地叫着，微风送来了三叶草和蜂蜜甜甜的香味。
es: Los grillos cantaban en la hierba, y la brisa traía un olor dulce a trébol y a miel.
vi: Dế kêu ri ri trong cỏ, và làn gió mang theo mùi ngọt ngào của cỏ ba lá và mật ong.
fr: Les grillons chantent dans l'herbe, et la brise apporte une douce odeur de trèfle et de miel.
de: Grillen zirpten im Gras, und der Wind trug den süßen Duft von Klee und Honig herüber.

@desc.beach.1
en: Salty air filled their noses, and the sand felt cool and soft beneath their toes.
ko: 짭조름한 바닷바람이 코끝을 채웠고, 발가락 아래 모래는 시원하고 보드라웠어요.
ja: しおのかおりが鼻いっぱいにひろがり、足の指の下のすなは、ひんやりやわらかでした。
zh: 咸咸的海风钻进鼻子里，脚趾下的沙子又凉又软。
es: El aire salado les llenaba la nariz, y la arena se sentía fresca y suave bajo los dedos de los pies.
vi: Không khí mặn mòi tràn vào mũi, và cát dưới những ngón chân thật mát và mềm.
fr: L'air salé leur chatouille le nez, et le sable est frais et doux sous leurs orteils.
de: Salzige Luft füllte ihre Nasen, und der Sand fühlte sich kühl und weich unter den Zehen an.

@desc.beach.2
en: Waves rolled in and out with a steady hush, leaving lacy patterns of foam on the sand.
ko: 파도는 쏴아 쏴아 조용한 소리를 내며 밀려왔다 밀려가고, 모래 위에 레이스 같은 거품 무늬를 남겼어요.
ja: 波はザーッ、ザーッとしずかな音をたててよせてはかえし、すなの上にレースのようなあわのもようをのこしました。
zh: 海浪一下一下地涌来又退去，发出轻轻的沙沙声，在沙滩上留下花边一样的泡沫图案。
es: Las olas iban y venían con un susurro constante, dejando dibujos de espuma como encaje sobre la arena.
vi: Sóng cứ vỗ vào rồi rút ra, rì rào đều đặn, để lại trên cát những hoa văn bọt trắng như ren.
fr: Les vagues vont et viennent dans un doux chuchotement, laissant sur le sable des dentelles d'écume.
de: Die Wellen rollten mit gleichmäßigem Rauschen heran und zurück und hinterließen Spitzenmuster aus Schaum im Sand.

@desc.ocean.1
en: All around them, the water shimmered in shades of turquoise and deep, mysterious blue.
ko: 둘레의 바닷물은 청록빛과 깊고 신비로운 파란빛으로 일렁이며 반짝였어요.
ja: まわりの水は、ターコイズ色や、ふかくてふしぎな青色に、ゆらゆらときらめいていました。
zh: 四周的海水闪着青绿色和深邃神秘的蓝色光芒。
es: A su alrededor, el agua brillaba en tonos turquesa y en un azul profundo y misterioso.
vi: Xung quanh, làn nước lung linh sắc ngọc lam và màu xanh thẳm đầy bí ẩn.
fr: Tout autour d'eux, l'eau scintille de reflets turquoise et d'un bleu profond et mystérieux.
de: Überall um sie herum schimmerte das Wasser türkis und in einem tiefen, geheimnisvollen Blau.

@desc.ocean.2
en: Tiny silver fish flickered past like coins, and the sand below was rippled like a washboard.
ko: 작은 은빛 물고기들이 동전처럼 반짝이며 지나갔고, 아래 모래 바닥에는 빨래판 같은 물결무늬가 나 있었어요.
ja: 小さな銀色の魚がコインのようにきらりととおりすぎ、下のすなは、せんたくいたのようなもようになっていました。
zh: 银色的小鱼像硬币一样闪着光游过，下面的沙地上留着像搓衣板一样的波纹。
es: Pececitos plateados pasaban destellando como monedas, y la arena del fondo tenía ondas como una tabla de lavar.
vi: Những chú cá bạc tí hon lấp lánh lướt qua như những đồng xu, và cát bên dưới gợn sóng như tấm ván giặt.
fr: De minuscules poissons argentés passent en brillant comme des pièces, et le sable du fond est ondulé comme une planche à laver.
de: Winzige silberne Fische blitzten wie Münzen vorbei, und der Sand darunter war gewellt wie ein Waschbrett.

@desc.mountain.1
en: The air up high was crisp and clean, and the rocky slopes stretched toward the clouds.
ko: 높은 곳의 공기는 상쾌하고 맑았고, 바위투성이 비탈이 구름을 향해 뻗어 있었어요.
ja: 高いところの空気はすがすがしくすみきっていて、岩だらけのしゃめんが雲にむかってのびていました。
zh: 高处的空气清新又干净，岩石遍布的山坡一直延伸到云朵那里。
es: Allá arriba, el aire era fresco y limpio, y las laderas rocosas se estiraban hacia las nubes.
vi: Không khí trên cao trong lành và mát rượi, những sườn đá trải dài như chạm tới mây.
fr: Là-haut, l'air est vif et pur, et les pentes rocheuses s'étirent vers les nuages.
de: Die Luft hier oben war frisch und klar, und die felsigen Hänge reckten sich den Wolken entgegen.

@desc.village.1
en: Cobblestone streets wound between cottages with flower boxes and bright red doors.
ko: 자갈 깔린 길이 꽃 상자와 빨간 문이 달린 작은 집들 사이로 구불구불 이어졌어요.
ja: 石だたみの道が、花のプランターと赤いドアのある小さな家のあいだを、くねくねとつづいていました。
zh: 鹅卵石小路弯弯曲曲，穿过一座座摆着花箱、装着红色大门的小房子。
es: Las calles empedradas serpenteaban entre casitas con jardineras y puertas de un rojo brillante.
vi: Những con đường lát đá uốn lượn giữa những ngôi nhà nhỏ có chậu hoa bên cửa sổ và cánh cửa đỏ tươi.
fr: Des rues pavées serpentent entre de petites maisons aux jardinières fleuries et aux portes rouge vif.
de: Kopfsteinpflasterstraßen schlängelten sich zwischen Häuschen mit Blumenkästen und leuchtend roten Türen hindurch.

@desc.village.2
en: Chimneys puffed lazy curls of smoke, and window boxes overflowed with red geraniums.
ko: 굴뚝에서는 연기가 느릿느릿 동그랗게 피어올랐고, 창가 꽃 상자마다 빨간 제라늄이 넘쳐흘렀어요.
ja: えんとつからは、のんびりとけむりがうずをまいてのぼり、まどべのプランターには赤いゼラニウムがあふれていました。
zh: 烟囱懒洋洋地冒着一圈圈轻烟，窗台的花箱里开满了红色的天竺葵。
es: Las chimeneas soltaban rizos perezosos de humo, y las jardineras rebosaban de geranios rojos.
vi: Những ống khói lững lờ nhả từng vòng khói, và các chậu hoa bên cửa sổ rực rỡ phong lữ đỏ.
fr: Les cheminées laissent échapper de paresseuses volutes de fumée, et les jardinières débordent de géraniums rouges.
de: Aus den Schornsteinen stiegen träge Rauchkringel, und die Blumenkästen quollen über vor roten Geranien.

@desc.castle.1
en: Ancient stone walls stood proud and patient, as if they had been waiting for visitors for centuries.
ko: 오래된 돌담은 마치 수백 년 동안 손님을 기다려 온 것처럼 당당하고 참을성 있게 서 있었어요.
ja: 古い石のかべは、何百年もお客さんをまっていたかのように、どうどうと、しんぼう強く立っていました。
zh: 古老的石墙骄傲又耐心地矗立着，好像已经等了好几百年的客人。
es: Los antiguos muros de piedra se alzaban orgullosos y pacientes, como si llevaran siglos esperando visitas.
vi: Những bức tường đá cổ đứng sừng sững và kiên nhẫn, như thể đã chờ khách ghé thăm suốt hàng trăm năm.
fr: Les vieux murs de pierre se dressent, fiers et patients, comme s'ils attendaient des visiteurs depuis des siècles.
de: Die uralten Steinmauern standen stolz und geduldig da, als hätten sie seit Jahrhunderten auf Besuch gewartet.

@desc.garden.1
en: Neat rows of vegetables and tangled roses filled the garden with color and sweet perfume.
ko: 가지런한 채소밭과 엉켜 자란 장미들이 정원을 알록달록한 색과 달콤한 향기로 가득 채웠어요.
ja: きちんとならんだ野さいと、からまりあったバラが、にわを色とあまいかおりでいっぱいにしていました。
zh: 整整齐齐的菜畦和缠绕在一起的玫瑰，让花园里满是缤纷的颜色和甜甜的香气。
es: Hileras ordenadas de verduras y rosas enredadas llenaban el jardín de color y de un perfume dulce.
vi: Những luống rau ngay ngắn và những khóm hồng quấn quýt làm khu vườn rực rỡ sắc màu và thơm ngát.
fr: Des rangées bien droites de légumes et des rosiers emmêlés remplissent le jardin de couleurs et d'un doux parfum.
de: Ordentliche Gemüsereihen und wild rankende Rosen erfüllten den Garten mit Farben und süßem Duft.

@desc.garden.2
en: Bees hummed among the lavender, and a wooden gate creaked a friendly greeting.
ko: 라벤더 사이로 꿀벌이 윙윙거렸고, 나무 대문이 삐걱 하며 다정하게 인사했어요.
ja: ラベンダーのあいだでミツバチがブンブンいい、木の門がギーッとやさしくあいさつしました。
zh: 蜜蜂在薰衣草丛里嗡嗡飞舞，木门吱呀一声，像是在友好地打招呼。
es: Las abejas zumbaban entre la lavanda, y una puerta de madera crujía como si saludara.
vi: Ong vo ve giữa những khóm oải hương, và cánh cổng gỗ kẽo kẹt như đang thân thiện chào hỏi.
fr: Les abeilles bourdonnent dans la lavande, et un portail en bois grince un bonjour amical.
de: Bienen summten im Lavendel, und ein Holztor knarrte einen freundlichen Gruß.

@desc.bedroom.1
en: The bedroom was cozy and quiet, with a soft rug, a shelf of picture books and a patchwork quilt.
ko: 침실은 아늑하고 조용했어요. 폭신한 러그와 그림책이 가득한 책장, 그리고 조각 이불이 있었지요.
ja: しんしつは、いごこちがよくてしずかでした。ふかふかのラグと、絵本がならんだ本だなと、パッチワークのふとんがありました。
zh: 卧室温馨又安静，有软软的地毯、摆满图画书的书架，还有一床拼布被子。
es: El dormitorio era acogedor y tranquilo, con una alfombra suave, una estantería de cuentos y una colcha de retazos.
vi: Phòng ngủ ấm cúng và yên tĩnh, có tấm thảm mềm, một giá sách tranh và chiếc chăn chắp vải nhiều màu.
fr: La chambre est douillette et calme, avec un tapis moelleux, une étagère de livres d'images et un édredon en patchwork.
de: Das Kinderzimmer war gemütlich und still, mit einem weichen Teppich, einem Regal voller Bilderbücher und einer Flickendecke.

@desc.bedroom.2
en: Toys sat in a neat row on the shelf, as if they were waiting for a story too.
ko: 장난감들이 선반 위에 나란히 앉아 있었어요. 마치 그 애들도 이야기를 기다리는 것처럼요.
ja: おもちゃたちはたなの上にきちんとならんで、まるで自分たちもお話をまっているみたいでした。
zh: 玩具们整整齐齐地坐在架子上，好像它们也在等着听故事。
es: Los juguetes estaban sentados en fila en la estantería, como si también esperaran un cuento.
vi: Những món đồ chơi ngồi ngay ngắn trên kệ, như thể chúng cũng đang chờ nghe kể chuyện.
fr: Les jouets sont assis bien en rang sur l'étagère, comme s'ils attendaient eux aussi une histoire.
de: Die Spielsachen saßen ordentlich aufgereiht im Regal, als warteten sie auch auf eine Geschichte.

@desc.sky.1
en: The air was cool and silky, and the world below looked as small as a map.
ko: 공기는 시원하고 비단처럼 매끄러웠고, 아래 세상은 지도처럼 작아 보였어요.
ja: 空気はひんやりとして、きぬのようになめらかで、下の世界は地図のように小さく見えました。
zh: 空气凉凉的，像丝绸一样柔滑，下面的世界看起来像地图一样小。
es: El aire era fresco y sedoso, y el mundo de abajo parecía tan pequeño como un mapa.
vi: Không khí mát lạnh và mượt như lụa, còn thế giới bên dưới trông nhỏ xíu như một tấm bản đồ.
fr: L'air est frais et soyeux, et le monde en bas semble aussi petit qu'une carte.
de: Die Luft war kühl und seidig, und die Welt unten sah so klein aus wie eine Landkarte.

@desc.sky.2
en: Far below, rivers looked like silver threads and houses like scattered building blocks.
ko: 저 아래로 강은 은빛 실처럼, 집들은 흩어진 쌓기 블록처럼 보였어요.
ja: ずっと下では、川は銀色の糸のように、家はちらばったつみ木のように見えました。
zh: 在很远很远的下面，河流像银色的丝线，房子像散落的积木。
es: Muy abajo, los ríos parecían hilos de plata y las casas, bloques de construcción esparcidos.
vi: Xa tít bên dưới, những dòng sông trông như sợi chỉ bạc và những ngôi nhà như khối đồ chơi xếp hình rơi vãi.
fr: Tout en bas, les rivières ressemblent à des fils d'argent et les maisons à des cubes éparpillés.
de: Tief unten sahen die Flüsse aus wie Silberfäden und die Häuser wie verstreute Bauklötze.

@desc.space.1
en: Silent and enormous, space glittered with more stars than anyone could ever count.
ko: 고요하고 끝없이 넓은 우주는 아무도 다 셀 수 없을 만큼 많은 별로 반짝였어요.
ja: しずかで、とてつもなく広い宇宙は、だれにもかぞえきれないほどの星でかがやいていました。
zh: 安静又无比广阔的太空里，闪烁着数也数不清的星星。
es: Silencioso e inmenso, el espacio brillaba con más estrellas de las que nadie podría contar jamás.
vi: Vũ trụ yên lặng và bao la, lấp lánh nhiều vì sao đến mức chẳng ai đếm xuể.
fr: Silencieux et immense, l'espace scintille de plus d'étoiles que personne ne pourrait jamais en compter.
de: Still und riesengroß funkelte der Weltraum mit mehr Sternen, als irgendjemand je zählen könnte.

@desc.space.2
en: Planets drifted in the distance like colorful marbles rolled across black velvet.
ko: 저 멀리 행성들이 검은 벨벳 위를 굴러가는 알록달록한 구슬처럼 떠다녔어요.
ja: 遠くでは、わくせいたちが、黒いビロードの上をころがるカラフルなビー玉のようにただよっていました。
zh: 远处的行星像一颗颗彩色的弹珠，在黑色的天鹅绒上慢慢滚动。
es: A lo lejos, los planetas flotaban como canicas de colores rodando sobre terciopelo negro.
vi: Xa xa, các hành tinh trôi lững lờ như những viên bi nhiều màu lăn trên tấm nhung đen.
fr: Au loin, des planètes dérivent comme des billes colorées roulant sur du velours noir.
de: In der Ferne trieben Planeten wie bunte Murmeln, die über schwarzen Samt rollten.

@desc.river.1
en: The river chattered over smooth pebbles, carrying leaves like tiny boats toward the sea.
ko: 강물은 매끄러운 조약돌 위로 재잘재잘 흐르며, 나뭇잎을 작은 배처럼 바다로 실어 갔어요.
ja: 川はすべすべの小石の上をおしゃべりしながらながれ、葉っぱを小さな船のように海へはこんでいきました。
zh: 河水在光滑的鹅卵石上叽叽喳喳地流淌，把树叶像小船一样送向大海。
es: El río parloteaba sobre piedras lisas, llevando hojas como barquitos hacia el mar.
vi: Dòng sông róc rách trên những viên sỏi nhẵn, chở những chiếc lá như thuyền tí hon ra biển.
fr: La rivière bavarde sur les galets lisses et emporte les feuilles comme de petits bateaux vers la mer.
de: Der Fluss plauderte über glatte Kiesel und trug Blätter wie winzige Boote zum Meer.

@desc.river.2
en: Reeds whispered along the banks, and a kingfisher flashed past like a streak of blue paint.
ko: 강둑을 따라 갈대가 속삭였고, 물총새가 파란 물감 줄기처럼 휙 스쳐 지나갔어요.
ja: 岸べではアシがささやき、カワセミが青い絵の具のすじのように、さっととおりすぎました。
zh: 芦苇在河岸边窃窃私语，一只翠鸟像一道蓝色的颜料一样一闪而过。
es: Los juncos susurraban en la orilla, y un martín pescador pasó como un trazo de pintura azul.
vi: Lau sậy thì thầm dọc bờ sông, và một chú bói cá vụt qua như một vệt sơn xanh.
fr: Les roseaux chuchotent sur les berges, et un martin-pêcheur file comme un trait de peinture bleue.
de: Schilf flüsterte am Ufer, und ein Eisvogel flitzte vorbei wie ein Strich blauer Farbe.

@desc.cave.1
en: Inside, the cave was cool and echoing, and its walls glittered with tiny crystals.
ko: 동굴 안은 서늘하고 소리가 울렸으며, 벽에는 작은 수정들이 반짝였어요.
ja: どうくつの中はひんやりとして声がひびき、かべには小さなすいしょうがきらきらしていました。
zh: 山洞里凉凉的，说话会有回音，洞壁上闪着小小的水晶。
es: Dentro, la cueva era fresca y resonaba, y sus paredes brillaban con cristales diminutos.
vi: Bên trong, hang động mát lạnh và vang vọng, vách hang lấp lánh những viên pha lê tí xíu.
fr: À l'intérieur, la grotte est fraîche et pleine d'échos, et ses parois scintillent de minuscules cristaux.
de: Drinnen war die Höhle kühl und hallte, und ihre Wände glitzerten von winzigen Kristallen.

@desc.park.1
en: The park was full of tall shady trees, winding paths and benches painted cheerful colors.
ko: 공원에는 그늘진 키 큰 나무들과 구불구불한 길, 밝은 색으로 칠한 벤치가 가득했어요.
ja: 公園には、かげをつくる高い木や、くねくねの道や、明るい色にぬられたベンチがたくさんありました。
zh: 公园里有很多高大的遮阴树、弯弯曲曲的小路，还有漆成欢快颜色的长椅。
es: El parque estaba lleno de árboles altos y frondosos, caminos serpenteantes y bancos pintados de colores alegres.
vi: Công viên có nhiều cây cao rợp bóng, những lối đi quanh co và những chiếc ghế sơn màu vui tươi.
fr: Le parc est plein de grands arbres ombragés, d'allées sinueuses et de bancs peints de couleurs gaies.
de: Der Park war voller hoher Schattenbäume, gewundener Wege und fröhlich bunt gestrichener Bänke.

@desc.kitchen.1
en: The kitchen smelled of cinnamon and warm bread, and the kettle hummed a gentle tune.
ko: 부엌에서는 계피와 따뜻한 빵 냄새가 났고, 주전자가 부드러운 노래를 흥얼거렸어요.
ja: 台所はシナモンとあたたかいパンのにおいがして、やかんがやさしい歌をハミングしていました。
zh: 厨房里飘着肉桂和热面包的香味，水壶轻轻地哼着小曲。
es: La cocina olía a canela y a pan caliente, y la tetera tarareaba una melodía suave.
vi: Căn bếp thơm mùi quế và bánh mì nóng, chiếc ấm nước khe khẽ ngân nga một giai điệu dịu dàng.
fr: La cuisine sent la cannelle et le pain chaud, et la bouilloire fredonne un air doux.
de: Die Küche duftete nach Zimt und warmem Brot, und der Wasserkessel summte eine sanfte Melodie.

@desc.time.morning
en: The morning air was fresh and new, as if the whole world had just woken up.
ko: 아침 공기는 상쾌하고 새로웠어요. 마치 온 세상이 막 잠에서 깨어난 것 같았지요.
ja: 朝の空気はすがすがしくて、まるで世界じゅうが、いま目をさましたばかりのようでした。
zh: 早晨的空气清新又崭新，好像整个世界刚刚醒来。
es: El aire de la mañana era fresco y nuevo, como si el mundo entero acabara de despertar.
vi: Không khí buổi sáng trong lành và mới mẻ, như thể cả thế giới vừa mới thức giấc.
fr: L'air du matin est frais et tout neuf, comme si le monde entier venait de se réveiller.
de: Die Morgenluft war frisch und neu, als wäre die ganze Welt gerade erst aufgewacht.

@desc.time.noon
en: High above, the sun was at its brightest, and the shadows had shrunk into tiny puddles.
ko: 높은 하늘에서 해가 가장 밝게 빛났고, 그림자들은 작은 웅덩이처럼 쪼그라들었어요.
ja: 高い空で、お日さまがいちばん明るくかがやき、かげは小さな水たまりのようにちぢんでいました。
zh: 高高的天上，太阳正是最亮的时候，影子缩成了一个个小水洼。
es: Allá en lo alto, el sol brillaba con toda su fuerza, y las sombras se habían encogido como charquitos.
vi: Trên cao, mặt trời sáng rực nhất, và những chiếc bóng co lại như những vũng nước nhỏ.
fr: Tout là-haut, le soleil brille de toutes ses forces, et les ombres ont rétréci comme de petites flaques.
de: Hoch oben strahlte die Sonne am hellsten, und die Schatten waren zu winzigen Pfützen geschrumpft.

@desc.time.afternoon
en: The afternoon was warm and lazy, and everything seemed to move a little more slowly.
ko: 오후는 따뜻하고 나른했고, 모든 것이 조금 더 천천히 움직이는 것 같았어요.
ja: 午後はあたたかくて、のんびりしていて、なにもかもが少しゆっくりうごいているようでした。
zh: 午后暖洋洋、懒洋洋的，一切好像都变得慢了一点。
es: La tarde era cálida y perezosa, y todo parecía moverse un poco más despacio.
vi: Buổi chiều ấm áp và lười biếng, mọi thứ dường như chậm lại một chút.
fr: L'après-midi est chaud et paresseux, et tout semble bouger un peu plus lentement.
de: Der Nachmittag war warm und träge, und alles schien sich ein wenig langsamer zu bewegen.

@desc.time.sunset
en: The sky glowed orange, pink and gold, like a painting with the colors still wet.
ko: 하늘은 주황빛, 분홍빛, 금빛으로 물들어, 물감이 아직 마르지 않은 그림 같았어요.
ja: 空はオレンジ、ピンク、金色にかがやいて、まだ絵の具がかわいていない絵のようでした。
zh: 天空泛着橙色、粉色和金色，就像一幅颜料还没干的画。
es: El cielo brillaba naranja, rosa y dorado, como un cuadro con la pintura todavía fresca.
vi: Bầu trời rực lên sắc cam, hồng và vàng, như một bức tranh màu vẫn còn ướt.
fr: Le ciel brille d'orange, de rose et d'or, comme un tableau dont la peinture n'a pas encore séché.
de: Der Himmel leuchtete orange, rosa und golden, wie ein Bild, dessen Farben noch nass sind.

@desc.time.evening
en: Evening settled softly over everything, calm and gentle as a lullaby.
ko: 저녁이 모든 것 위로 살며시 내려앉았어요. 자장가처럼 고요하고 부드러웠지요.
ja: 夕ぐれが、子もり歌のようにしずかにやさしく、あたりをそっとつつみこみました。
zh: 傍晚轻轻地降临在万物之上，像摇篮曲一样安静又温柔。
es: La tarde caía suavemente sobre todo, tranquila y dulce como una nana.
vi: Buổi tối nhẹ nhàng buông xuống khắp nơi, êm dịu như một bài hát ru.
fr: Le soir se pose doucement sur toute chose, calme et tendre comme une berceuse.
de: Der Abend legte sich sanft über alles, ruhig und zart wie ein Wiegenlied.

@desc.time.night
en: The night was deep and peaceful, and the whole world seemed to whisper instead of speak.
ko: 밤은 깊고 평화로웠어요. 온 세상이 큰 소리 대신 속삭이는 것 같았지요.
ja: 夜はふかく、おだやかで、世界じゅうが大きな声ではなく、ささやき声で話しているようでした。
zh: 夜深了，四周一片宁静，整个世界好像都在轻声细语。
es: La noche era profunda y tranquila, y el mundo entero parecía susurrar en lugar de hablar.
vi: Màn đêm sâu lắng và bình yên, cả thế giới như đang thì thầm thay vì trò chuyện.
fr: La nuit est profonde et paisible, et le monde entier semble chuchoter au lieu de parler.
de: Die Nacht war tief und friedlich, und die ganze Welt schien zu flüstern statt zu sprechen.

# Mood sentences fit any page; they keep long books for older readers rich to the end.
@desc.mood.1
en: {n.s} heart fluttered with excitement, like a little bird about to take flight.
ko: {n}의 가슴은 막 날아오르려는 작은 새처럼 설렘으로 두근거렸어요.
ja: {n}のむねは、いまにもとびたとうとする小鳥のように、わくわくしてドキドキしていました。
zh: {n}的心怦怦直跳，就像一只准备展翅飞翔的小鸟。
es: El corazón de {n} latía de emoción, como un pajarito a punto de echar a volar.
vi: Trái tim {n} rộn ràng háo hức, như một chú chim nhỏ sắp sửa cất cánh bay.
fr: Le cœur {n.de} bat d'impatience, comme un petit oiseau prêt à s'envoler.
de: {n.gen} Herz flatterte vor Aufregung wie ein kleiner Vogel kurz vor dem Losfliegen.

@desc.mood.2
en: {c} stayed close by, humming quietly, and the whole world felt calm and friendly.
ko: {c.eun} 조용히 흥얼거리며 곁에 꼭 붙어 있었고, 온 세상이 평온하고 다정하게 느껴졌어요.
ja: {c}はそばにぴったりよりそって小さくハミングし、世界じゅうがおだやかでやさしく感じられました。
zh: {c}一直待在身边，轻轻哼着歌，整个世界都显得那么平静、那么友好。
es: {c} se quedó muy cerca, tarareando bajito, y el mundo entero parecía tranquilo y amable.
vi: {c} luôn ở sát bên, khe khẽ ngân nga, và cả thế giới như trở nên bình yên, thân thiện.
fr: {c} reste tout près en fredonnant doucement, et le monde entier semble calme et accueillant.
de: {c} blieb ganz nah und summte leise, und die ganze Welt fühlte sich ruhig und freundlich an.

@desc.mood.3
en: Every little sound seemed to tell a story, and {n} listened carefully to each one.
ko: 작은 소리 하나하나가 이야기를 들려주는 것 같아서, {n.eun} 귀를 기울여 하나하나 들었어요.
ja: 小さな音のひとつひとつがお話を語っているようで、{n}はそのどれにもじっと耳をすませました。
zh: 每一个小小的声音好像都在讲故事，{n}认真地听着每一个。
es: Cada pequeño sonido parecía contar una historia, y {n} los escuchaba todos con atención.
vi: Mỗi âm thanh nhỏ như đang kể một câu chuyện, và {n} chăm chú lắng nghe từng âm thanh.
fr: Chaque petit bruit semble raconter une histoire, et {n} les écoute tous attentivement.
de: Jedes kleine Geräusch schien eine Geschichte zu erzählen, und {n} hörte jedem genau zu.

@desc.mood.4
en: {n} noticed tiny details everywhere: a glint of light, a curious shape, a soft and gentle whisper.
ko: {n.eun} 곳곳에서 작은 것들을 발견했어요. 반짝이는 빛, 신기한 모양, 작고 부드러운 속삭임까지요.
ja: {n}は、あちこちで小さなものに気づきました。きらりとひかるもの、ふしぎな形、やさしいささやき。
zh: {n}到处发现小小的细节：一点闪光，一个奇妙的形状，一声轻柔的低语。
es: {n} descubría pequeños detalles por todas partes: un destello de luz, una forma curiosa, un suave susurro.
vi: {n} nhận ra những điều nhỏ bé ở khắp nơi: một tia sáng lấp lánh, một hình thù kỳ lạ, một tiếng thì thầm khe khẽ.
fr: {n} remarque de petits détails partout : un reflet de lumière, une forme curieuse, un doux murmure.
de: {n} entdeckte überall winzige Dinge: ein Glitzern, eine seltsame Form, ein leises Flüstern.

@desc.mood.5
en: Curiosity tingled in {n.s} fingertips, as if it were asking what would come next.
ko: 호기심이 {n}의 손끝에서 간질간질, 다음엔 무슨 일이 생길지 묻는 것 같았어요.
ja: こうき心が{n}の指先でむずむずして、「つぎはなにがおこるの？」とたずねているようでした。
zh: 好奇心在{n}的指尖上痒痒的，好像在问：接下来会发生什么呢？
es: La curiosidad le hacía cosquillas a {n} en la punta de los dedos, como si preguntara qué vendría después.
vi: Sự tò mò râm ran trên đầu ngón tay {n}, như đang hỏi điều gì sẽ xảy ra tiếp theo.
fr: La curiosité picote le bout des doigts {n.de}, comme si elle demandait ce qui allait arriver.
de: Die Neugier kribbelte in {n.gen} Fingerspitzen, als wollte sie fragen, was als Nächstes kommt.

@desc.mood.6
en: Side by side, {n} and {c} felt as if nothing in the world could stop them.
ko: 나란히 선 {n.wa} {c.eun} 세상 어떤 것도 자기들을 막을 수 없을 것만 같았어요.
ja: ならんで立つ{n}と{c}は、世界のなにものも、自分たちをとめられないような気がしました。
zh: {n}和{c}肩并肩，觉得世界上没有什么能拦住他们。
es: Uno al lado del otro, {n} y {c} sentían que nada en el mundo podría detenerlos.
vi: Sánh bước bên nhau, {n} và {c} cảm thấy như không gì trên đời có thể ngăn cản được mình.
fr: Côte à côte, {n} et {c} ont l'impression que rien au monde ne pourrait les arrêter.
de: Seite an Seite hatten {n} und {c} das Gefühl, dass nichts auf der Welt sie aufhalten könnte.

@desc.mood.7
en: A cozy, hopeful feeling wrapped around {n} like a soft scarf.
ko: 포근하고 희망찬 기분이 부드러운 목도리처럼 {n.eul} 감싸 주었어요.
ja: あたたかくて、きぼうにみちた気もちが、やわらかなマフラーのように{n}をつつみこみました。
zh: 一种温暖又充满希望的感觉，像一条柔软的围巾一样包围着{n}。
es: Una sensación cálida y llena de esperanza envolvió a {n} como una bufanda suave.
vi: Một cảm giác ấm áp và đầy hy vọng bao bọc lấy {n} như một chiếc khăn quàng mềm mại.
fr: Un sentiment doux et plein d'espoir enveloppe {n} comme une écharpe moelleuse.
de: Ein gemütliches, hoffnungsvolles Gefühl legte sich um {n} wie ein weicher Schal.

@desc.mood.8
en: {n} took a slow, deep breath and smiled, feeling calm, curious and ready for anything.
ko: {n.eun} 천천히 깊게 숨을 쉬고 미소 지었어요. 마음은 차분하고 호기심으로 가득했으며, 무엇이든 할 수 있을 것 같았어요.
ja: {n}はゆっくりふかくいきをすって、にっこりしました。心はおちついていて、わくわくして、なんでもできそうな気がしました。
zh: {n}慢慢地深吸一口气，笑了。心里平静又好奇，觉得什么都能做到。
es: {n} respiró hondo, despacio, y sonrió, con calma, con curiosidad y con ganas de todo.
vi: {n} hít một hơi thật chậm, thật sâu rồi mỉm cười, thấy lòng bình tĩnh, tò mò và sẵn sàng cho mọi điều.
fr: {n} prend une longue inspiration et sourit, le cœur calme, curieux de tout et plein d'envie.
de: {n} atmete langsam und tief ein und lächelte, ruhig, neugierig und bereit für alles.

@desc.mood.9
en: Everything seemed to sparkle with possibility, as though something wonderful was about to happen.
ko: 모든 것이 가능성으로 반짝이는 것 같았어요. 마치 곧 멋진 일이 일어날 것처럼요.
ja: なにもかもが、きらきらとかがやいているようでした。まるで、もうすぐすてきなことがおこるみたいに。
zh: 一切好像都闪烁着希望的光，仿佛马上就要发生什么美妙的事。
es: Todo parecía brillar de posibilidades, como si algo maravilloso estuviera a punto de pasar.
vi: Mọi thứ dường như lấp lánh đầy hứa hẹn, như thể sắp có điều gì tuyệt vời xảy ra.
fr: Tout semble briller de promesses, comme si quelque chose de merveilleux allait arriver.
de: Alles schien vor Möglichkeiten zu funkeln, als würde gleich etwas Wunderbares geschehen.

@desc.mood.10
en: {c} gave {n} a knowing look, the kind that only best friends share.
ko: {c.eun} {n.eul} 보며 다 안다는 듯 눈짓했어요. 단짝 친구끼리만 나누는 그런 눈빛이었지요.
ja: {c}は{n}に、わかってるよ、という目くばせをしました。なかよしの友だちどうしだけの目くばせです。
zh: {c}对{n}心领神会地看了一眼，那是只有好朋友之间才懂的眼神。
es: {c} le lanzó a {n} una mirada cómplice, de esas que solo comparten los mejores amigos.
vi: {c} nhìn {n} một cái đầy thấu hiểu, kiểu ánh mắt chỉ những người bạn thân mới có.
fr: {c} lance à {n} un regard complice, de ceux que seuls les meilleurs amis échangent.
de: {c} warf {n} einen wissenden Blick zu, wie ihn nur beste Freunde teilen.

@desc.mood.11
en: {n} tucked this moment away in memory, like a treasure to keep forever.
ko: {n.eun} 이 순간을 평생 간직할 보물처럼 마음속에 꼭 담아 두었어요.
ja: {n}はこのしゅんかんを、ずっとたいせつにするたからもののように、心の中にしまいました。
zh: {n}把这一刻珍藏在记忆里，就像一件要永远保存的宝贝。
es: {n} guardó este momento en la memoria, como un tesoro para siempre.
vi: {n} cất giữ khoảnh khắc này trong trí nhớ, như một kho báu để giữ mãi mãi.
fr: {n} range ce moment dans sa mémoire, comme un trésor à garder pour toujours.
de: {n} bewahrte diesen Moment in der Erinnerung auf, wie einen Schatz für immer.

@desc.mood.12
en: Everything felt new and full of wonder, as if the world had been painted just for them.
ko: 모든 것이 새롭고 신기했어요. 마치 세상이 둘만을 위해 새로 색칠된 것 같았어요.
ja: なにもかもがあたらしくて、ふしぎでいっぱいでした。まるで世界が、ふたりのためだけに色をぬられたみたいでした。
zh: 一切都那么新鲜、那么奇妙，好像整个世界都是专门为他们画出来的。
es: Todo parecía nuevo y lleno de maravillas, como si el mundo lo hubieran pintado solo para ellos.
vi: Mọi thứ đều mới mẻ và đầy điều kỳ diệu, như thể thế giới được tô vẽ chỉ dành riêng cho hai bạn.
fr: Tout semble nouveau et plein de merveilles, comme si le monde avait été peint rien que pour eux.
de: Alles fühlte sich neu und wundervoll an, als wäre die Welt nur für sie gemalt worden.
"""
