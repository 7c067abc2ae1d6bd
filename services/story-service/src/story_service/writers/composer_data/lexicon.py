# ruff: noqa: E501
"""The lexicon: concept -> word and a one-sentence, child-sized definition in every language.

`word/other/forms` lists the forms a page may use; the vocabulary shows the form found on the
page. Beats name the concepts they teach in their `vocab:` line.
"""

TEXT = """
@village
en: village | A village is a small place where a few families live close together.
ko: 마을 | 마을은 여러 집이 모여 사는 작은 동네예요.
ja: 村 | 村は、いくつかの家があつまっている小さなところです。
zh: 村子/村 | 村子是几户人家住在一起的小地方。
es: pueblo | Un pueblo es un lugar pequeño donde viven muchas familias cerca.
vi: làng | Làng là nơi nhỏ có nhiều gia đình sống gần nhau.
fr: village | Un village est un petit endroit où des familles vivent tout près les unes des autres.
de: Dorf/Dorfes | Ein Dorf ist ein kleiner Ort, an dem Familien nah beieinander wohnen.

@friend
en: friend/friends | A friend is someone you like to play with and who cares about you.
ko: 친구 | 친구는 함께 놀고 서로 아껴 주는 사람이에요.
ja: 友だち | 友だちは、いっしょにあそんで、たいせつに思いあう人です。
zh: 朋友 | 朋友是和你一起玩、关心你的人。
es: amigo/amiga/amigos | Un amigo es alguien con quien te gusta jugar y que te quiere.
vi: bạn | Bạn là người cùng chơi và quan tâm đến mình.
fr: ami/amie/amis | Un ami, c'est quelqu'un avec qui on aime jouer et qui tient à nous.
de: Freund/Freundin/Freunde/Freunden | Ein Freund oder eine Freundin ist jemand, mit dem du gern spielst und der dich mag.

@sea
en: sea | The sea is a huge body of salty water.
ko: 바다 | 바다는 짠물이 끝없이 펼쳐진 아주 넓은 곳이에요.
ja: 海 | 海は、しおからい水がどこまでも広がっているところです。
zh: 海 | 大海是一大片咸咸的水。
es: mar | El mar es una enorme cantidad de agua salada.
vi: biển | Biển là vùng nước mặn rộng mênh mông.
fr: mer | La mer est une immense étendue d'eau salée.
de: Meer | Das Meer ist ganz viel salziges Wasser, so weit man sehen kann.

@house
en: house | A house is a building where people live.
ko: 집 | 집은 사람들이 사는 건물이에요.
ja: 家 | 家は、人がくらすたてものです。
zh: 房子 | 房子是人们住的地方。
es: casa | Una casa es un edificio donde vive la gente.
vi: nhà | Nhà là nơi mọi người sống.
fr: maison | Une maison est un bâtiment où l'on habite.
de: Haus | Ein Haus ist ein Gebäude, in dem Menschen wohnen.

@hill
en: hill | A hill is a piece of land that is higher than the land around it, but smaller than a mountain.
ko: 언덕 | 언덕은 주변보다 조금 높게 솟은 땅이에요. 산보다는 작아요.
ja: おか | おかは、まわりより少し高くなった土地で、山より小さいです。
zh: 山坡 | 山坡是比周围高一些的地方，比山要小。
es: colina | Una colina es un terreno más alto que lo de alrededor, pero más pequeño que una montaña.
vi: đồi | Đồi là chỗ đất cao hơn xung quanh nhưng thấp hơn núi.
fr: colline | Une colline est un endroit plus haut que le reste, mais plus petit qu'une montagne.
de: Hügel | Ein Hügel ist eine Erhebung in der Landschaft, kleiner als ein Berg.

@park
en: park | A park is a green place in town where people walk and children play.
ko: 공원 | 공원은 사람들이 산책하고 아이들이 노는 초록빛 장소예요.
ja: 公園 | 公園は、人がさんぽしたり子どもがあそんだりする緑の場所です。
zh: 公园 | 公园是人们散步、孩子们玩耍的绿色地方。
es: parque | Un parque es un lugar verde donde la gente pasea y los niños juegan.
vi: công viên | Công viên là nơi xanh mát để mọi người đi dạo và trẻ em vui chơi.
fr: parc | Un parc est un endroit vert où l'on se promène et où les enfants jouent.
de: Park | Ein Park ist ein grüner Ort, an dem Menschen spazieren und Kinder spielen.

@gift
en: gift | A gift is something you give to someone to make them happy.
ko: 선물 | 선물은 누군가를 기쁘게 하려고 주는 물건이에요.
ja: プレゼント | プレゼントは、だれかをよろこばせるためにあげるものです。
zh: 礼物 | 礼物是送给别人、让别人开心的东西。
es: regalo | Un regalo es algo que das a alguien para hacerle feliz.
vi: quà | Quà là thứ mình tặng ai đó để làm họ vui.
fr: cadeau/cadeaux | Un cadeau est quelque chose qu'on offre pour faire plaisir.
de: Geschenk | Ein Geschenk ist etwas, das man jemandem gibt, um ihm eine Freude zu machen.

@heart
en: heart/hearts | Your heart is where your feelings live, like love and kindness.
ko: 마음 | 마음은 사랑과 다정함 같은 느낌이 사는 곳이에요.
ja: 心 | 心は、あいやしんせつのような気もちがあるところです。
zh: 心 | 心是爱和善良这些感觉住的地方。
es: corazón/corazones | El corazón es donde viven tus sentimientos, como el cariño.
vi: trái tim | Trái tim là nơi chứa những cảm xúc như yêu thương.
fr: cœur/cœurs | Le cœur, c'est là où vivent nos sentiments, comme l'amour.
de: Herz/Herzen | Im Herzen wohnen deine Gefühle, zum Beispiel Liebe.

@bed
en: bed | A bed is a soft place where you sleep at night.
ko: 침대 | 침대는 밤에 잠을 자는 폭신한 곳이에요.
ja: ベッド | ベッドは、夜にねむるふかふかの場所です。
zh: 床 | 床是晚上睡觉的软软的地方。
es: cama | La cama es el lugar blandito donde duermes por la noche.
vi: giường | Giường là chỗ êm ái để ngủ vào ban đêm.
fr: lit | Le lit est l'endroit tout doux où l'on dort la nuit.
de: Bett | Ein Bett ist ein weicher Platz, in dem du nachts schläfst.

@night
en: night | Night is the dark time when the moon and stars come out.
ko: 밤 | 밤은 달과 별이 뜨는 어두운 시간이에요.
ja: 夜 | 夜は、月や星が出るくらい時間です。
zh: 晚上/夜晚 | 晚上，也叫夜晚，是月亮和星星出来的黑黑的时候。
es: noche | La noche es el momento oscuro en que salen la luna y las estrellas.
vi: đêm | Đêm là lúc trời tối, trăng sao hiện ra.
fr: nuit | La nuit, c'est le moment sombre où la lune et les étoiles apparaissent.
de: Nacht | Die Nacht ist die dunkle Zeit, in der Mond und Sterne scheinen.

@festival
en: festival | A festival is a special day when everyone celebrates together.
ko: 축제 | 축제는 모두가 함께 즐기는 특별한 날이에요.
ja: まつり | まつりは、みんなでいっしょにおいわいする、とくべつな日です。
zh: 节日/节 | 节日是大家一起庆祝的特别日子。
es: fiesta | Una fiesta es un día especial en el que todos celebran juntos.
vi: lễ hội | Lễ hội là ngày đặc biệt mọi người cùng nhau vui chơi.
fr: fête | Une fête est un jour spécial où tout le monde fait la fête ensemble.
de: Fest | Ein Fest ist ein besonderer Tag, an dem alle zusammen feiern.

@lantern
en: lantern | A lantern is a lamp you can carry, with a light inside.
ko: 등불 | 등불은 안에 불빛이 들어 있어 들고 다닐 수 있는 등이에요.
ja: ちょうちん | ちょうちんは、中にあかりが入った、もちはこべるランプです。
zh: 灯笼 | 灯笼是里面有亮光、可以提着走的灯。
es: farol/faroles | Un farol es una lámpara con una luz dentro que se puede llevar.
vi: đèn lồng | Đèn lồng là chiếc đèn có ánh sáng bên trong, có thể xách đi.
fr: lanterne | Une lanterne est une lampe qu'on peut porter, avec une lumière dedans.
de: Laterne/Laternen | Eine Laterne ist eine Lampe mit einem Licht darin, die man tragen kann.

@flower
en: flower | A flower is the colorful part of a plant that often smells sweet.
ko: 꽃 | 꽃은 식물에서 피는 알록달록하고 향기로운 부분이에요.
ja: 花 | 花は、草や木にさく、色があざやかで、よいかおりのする部分です。
zh: 花 | 花是植物上五颜六色、常常香香的部分。
es: flor/flores | Una flor es la parte colorida de una planta que a menudo huele bien.
vi: hoa | Hoa là phần nhiều màu sắc của cây, thường có mùi thơm.
fr: fleur | Une fleur est la partie colorée d'une plante, qui sent souvent bon.
de: Blume/Blumen | Eine Blume ist der bunte Teil einer Pflanze, der oft gut duftet.

@mountain
en: mountain | A mountain is a very big, tall hill made of rock and earth.
ko: 산 | 산은 흙과 바위로 된 아주 높고 큰 땅이에요.
ja: 山 | 山は、土や岩でできた、とても高くて大きなところです。
zh: 山 | 山是由泥土和岩石组成的又高又大的地方。
es: montaña | Una montaña es una elevación de tierra y roca muy grande y alta.
vi: núi | Núi là khối đất đá rất cao và to.
fr: montagne | Une montagne est une très grande hauteur faite de roche et de terre.
de: Berg/Berge/Bergen | Ein Berg ist ein sehr hoher, großer Hügel aus Fels und Erde.

@bridge
en: bridge | A bridge helps you cross over water or a gap safely.
ko: 다리 | 다리는 물이나 빈 곳 위를 안전하게 건너게 해 줘요.
ja: 橋 | 橋は、川などの上をあんぜんにわたるためのものです。
zh: 桥 | 桥能让人安全地从水面或空隙上走过去。
es: puente | Un puente sirve para cruzar el agua sin peligro.
vi: cầu | Cây cầu giúp mình đi qua sông suối an toàn.
fr: pont | Un pont permet de traverser l'eau sans danger.
de: Brücke | Über eine Brücke kommst du sicher über Wasser hinüber.

@river
en: river | A river is a long stream of water that flows across the land.
ko: 강 | 강은 땅 위를 길게 흘러가는 물줄기예요.
ja: 川 | 川は、土地の上を長くながれていく水です。
zh: 河 | 河是在大地上长长流淌的水。
es: río | Un río es una corriente larga de agua que atraviesa la tierra.
vi: sông | Sông là dòng nước dài chảy qua đất liền.
fr: rivière | Une rivière est un long cours d'eau qui coule à travers le pays.
de: Fluss/Flüsse | Ein Fluss ist ein langes Wasser, das durch das Land fließt.

@star
en: star | A star is a tiny twinkling light in the night sky.
ko: 별 | 별은 밤하늘에서 반짝이는 작은 빛이에요.
ja: 星 | 星は、夜空できらきらひかる小さなひかりです。
zh: 星星/星 | 星星是夜空中一闪一闪的小亮光。
es: estrella | Una estrella es una lucecita que brilla en el cielo de noche.
vi: sao | Sao là những đốm sáng nhỏ lấp lánh trên bầu trời đêm.
fr: étoile | Une étoile est une petite lumière qui scintille dans le ciel la nuit.
de: Stern/Sterne/Sternen | Ein Stern ist ein kleines Licht, das nachts am Himmel funkelt.

@garden
en: garden | A garden is a place where people grow flowers and vegetables.
ko: 정원 | 정원은 꽃과 채소를 기르는 곳이에요.
ja: にわ | にわは、花や野さいをそだてるところです。
zh: 花园 | 花园是种花和蔬菜的地方。
es: jardín | Un jardín es un lugar donde se cultivan flores y verduras.
vi: vườn | Vườn là nơi trồng hoa và rau.
fr: jardin | Un jardin est un endroit où l'on fait pousser des fleurs et des légumes.
de: Garten | In einem Garten wachsen Blumen und Gemüse.

@water
en: water | Water is the clear liquid that we drink and that fills rivers and seas.
ko: 물 | 물은 우리가 마시고 강과 바다를 채우는 맑은 액체예요.
ja: 水 | 水は、わたしたちがのんだり、川や海をみたしたりする、すきとおったものです。
zh: 水 | 水是我们喝的、装满河流和大海的透明液体。
es: agua | El agua es el líquido transparente que bebemos y que llena ríos y mares.
vi: nước | Nước là chất lỏng trong suốt mà mình uống, có trong sông và biển.
fr: eau | L'eau est le liquide transparent qu'on boit et qui remplit les rivières et les mers.
de: Wasser | Wasser ist die klare Flüssigkeit, die wir trinken und die Flüsse und Meere füllt.

@nest
en: nest | A nest is a cozy home that birds build for their eggs and babies.
ko: 둥지 | 둥지는 새가 알과 새끼를 위해 만드는 아늑한 집이에요.
ja: 巣 | 巣は、鳥がたまごやひなのためにつくる、いごこちのいい家です。
zh: 窝 | 窝是小鸟为鸟蛋和小宝宝搭的温暖的家。
es: nido | Un nido es la casita que hacen los pájaros para sus huevos y sus crías.
vi: tổ | Tổ là ngôi nhà ấm áp chim làm cho trứng và chim non.
fr: nid | Un nid est la petite maison douillette que les oiseaux font pour leurs œufs.
de: Nest | Ein Nest ist ein gemütliches Zuhause, das Vögel für ihre Eier und Jungen bauen.

@tree
en: tree | A tree is a tall plant with a wooden trunk, branches and leaves.
ko: 나무 | 나무는 줄기와 가지와 잎이 있는 키 큰 식물이에요.
ja: 木 | 木は、みきとえだと葉っぱがある、せの高い植物です。
zh: 树 | 树是有树干、树枝和叶子的高高的植物。
es: árbol/árboles | Un árbol es una planta alta con tronco de madera, ramas y hojas.
vi: cây | Cây là loài thực vật cao có thân gỗ, cành và lá.
fr: arbre | Un arbre est une grande plante avec un tronc, des branches et des feuilles.
de: Baum/Bäume/Bäumen | Ein Baum ist eine große Pflanze mit Stamm, Ästen und Blättern.

@wind
en: wind | Wind is moving air that you can feel but cannot see.
ko: 바람 | 바람은 느낄 수는 있지만 볼 수는 없는, 움직이는 공기예요.
ja: 風 | 風は、目には見えないけれど、かんじることができる、うごく空気です。
zh: 风 | 风是流动的空气，看不见却能感觉到。
es: viento | El viento es aire que se mueve; lo sientes, pero no lo ves.
vi: gió | Gió là không khí chuyển động, mình cảm thấy được nhưng không nhìn thấy.
fr: vent | Le vent, c'est de l'air qui bouge : on le sent, mais on ne le voit pas.
de: Wind | Wind ist Luft, die sich bewegt. Man spürt ihn, aber man sieht ihn nicht.

@feather
en: feather | A feather is one of the soft, light pieces that cover a bird.
ko: 깃털 | 깃털은 새의 몸을 덮고 있는 가볍고 부드러운 털이에요.
ja: はね | はねは、鳥の体をおおっている、かるくてやわらかいものです。
zh: 羽毛 | 羽毛是长在小鸟身上轻轻软软的毛。
es: pluma | Una pluma es una de las piezas suaves y ligeras que cubren a un pájaro.
vi: lông vũ | Lông vũ là những sợi lông mềm và nhẹ phủ trên mình chim.
fr: plume | Une plume est l'un des petits morceaux doux et légers qui couvrent un oiseau.
de: Feder/Federn | Eine Feder ist ein weiches, leichtes Teil vom Kleid eines Vogels.

@moss
en: moss | Moss is a soft green plant that grows like a carpet on stones and trees.
ko: 이끼 | 이끼는 돌과 나무 위에 카펫처럼 자라는 부드러운 초록 식물이에요.
ja: こけ | こけは、石や木の上にじゅうたんのように生える、やわらかい緑の植物です。
zh: 青苔 | 青苔是像地毯一样长在石头和树上的软软的绿色植物。
es: musgo | El musgo es una planta verde y suave que crece como una alfombra sobre piedras y árboles.
vi: rêu | Rêu là loài cây xanh mềm mọc như tấm thảm trên đá và thân cây.
fr: mousse | La mousse est une plante verte et douce qui pousse comme un tapis sur les pierres.
de: Moos | Moos ist eine weiche grüne Pflanze, die wie ein Teppich auf Steinen wächst.

@grass
en: grass | Grass is the thin green plant that covers fields and lawns.
ko: 풀 | 풀은 들판과 잔디밭을 덮고 있는 가느다란 초록 식물이에요.
ja: 草 | 草は、野原や しばふをおおう、ほそい緑の植物です。
zh: 草 | 草是长满田野和草坪的细细的绿色植物。
es: hierba | La hierba es la planta verde y fina que cubre los campos.
vi: cỏ | Cỏ là loài cây xanh mảnh phủ kín cánh đồng và bãi cỏ.
fr: herbe | L'herbe est la plante verte et fine qui couvre les prés.
de: Gras | Gras ist die dünne grüne Pflanze, die Wiesen und Rasen bedeckt.

@song
en: song | A song is music with words that you can sing.
ko: 노래 | 노래는 가사가 있어서 부를 수 있는 음악이에요.
ja: 歌 | 歌は、ことばがついていて、うたうことができる音楽です。
zh: 歌 | 歌是有歌词、可以唱出来的音乐。
es: canción | Una canción es música con palabras que puedes cantar.
vi: bài hát | Bài hát là bản nhạc có lời để mình hát.
fr: chanson | Une chanson, c'est de la musique avec des paroles qu'on peut chanter.
de: Lied | Ein Lied ist Musik mit Worten, die man singen kann.

@kindness
en: kindness | Kindness means being gentle and helping others.
ko: 친절 | 친절은 다른 사람을 다정하게 대하고 도와주는 거예요.
ja: やさしさ | やさしさは、まわりの人にあたたかくして、たすけてあげることです。
zh: 善良 | 善良就是温柔地对待别人、帮助别人。
es: bondad | La bondad es ser amable y ayudar a los demás.
vi: lòng tốt | Lòng tốt là dịu dàng và giúp đỡ người khác.
fr: gentillesse | La gentillesse, c'est être doux avec les autres et les aider.
de: Freundlichkeit | Freundlichkeit heißt, lieb zu anderen zu sein und ihnen zu helfen.

@picnic
en: picnic | A picnic is a meal you eat outside, often on a blanket.
ko: 소풍 | 소풍은 밖에 나가 돗자리를 펴고 음식을 먹으며 노는 거예요.
ja: ピクニック | ピクニックは、外でシートをしいてごはんを食べることです。
zh: 野餐 | 野餐就是在外面铺上毯子吃东西。
es: pícnic | Un pícnic es una comida al aire libre, a menudo sobre una manta.
vi: dã ngoại | Dã ngoại là đi chơi và ăn uống ngoài trời, thường trải khăn trên cỏ.
fr: pique-nique | Un pique-nique, c'est un repas dehors, souvent sur une couverture.
de: Picknick | Ein Picknick ist ein Essen draußen, oft auf einer Decke.

@food
en: food | Food is what we eat to grow and have energy.
ko: 음식 | 음식은 우리가 자라고 힘을 내려고 먹는 거예요.
ja: 食べもの | 食べものは、大きくなって元気に すごすために食べるものです。
zh: 食物 | 食物是我们为了长大、有力气而吃的东西。
es: comida | La comida es lo que comemos para crecer y tener energía.
vi: đồ ăn | Đồ ăn là những thứ mình ăn để lớn lên và khỏe mạnh.
fr: nourriture | La nourriture, c'est ce qu'on mange pour grandir et avoir de l'énergie.
de: Essen | Essen ist das, was wir zu uns nehmen, um zu wachsen und Kraft zu haben.

@basket
en: basket | A basket is a container woven from thin strips, used to carry things.
ko: 바구니 | 바구니는 가느다란 줄을 엮어 만든, 물건을 담아 나르는 그릇이에요.
ja: バスケット | バスケットは、ほそいものをあんでつくった、ものを入れてはこぶ入れものです。
zh: 篮子 | 篮子是用细条编成的、用来装东西的容器。
es: cesta | Una cesta es un recipiente tejido que sirve para llevar cosas.
vi: giỏ | Giỏ là đồ đan bằng những sợi nhỏ để đựng và mang đồ vật.
fr: panier | Un panier est un objet tressé qui sert à transporter des choses.
de: Korb | Ein Korb ist ein geflochtener Behälter, in dem man Dinge trägt.

@strawberry
en: strawberry/strawberries | A strawberry is a sweet red fruit with tiny seeds on the outside.
ko: 딸기 | 딸기는 겉에 작은 씨가 콕콕 박힌 달콤한 빨간 과일이에요.
ja: いちご | いちごは、外がわに小さなつぶつぶがある、あまい赤いくだものです。
zh: 草莓 | 草莓是外面有小籽的甜甜的红色水果。
es: fresa/fresas | La fresa es una fruta roja y dulce con semillitas por fuera.
vi: dâu tây/dâu | Dâu tây là loại quả đỏ ngọt có hạt nhỏ li ti bên ngoài.
fr: fraise/fraises | La fraise est un fruit rouge et sucré avec de petits grains dessus.
de: Erdbeere/Erdbeeren | Eine Erdbeere ist eine süße rote Frucht mit kleinen Kernchen außen.

@birthday
en: birthday | A birthday is the special day each year when you celebrate being born.
ko: 생일 | 생일은 태어난 날을 해마다 축하하는 특별한 날이에요.
ja: たんじょう日 | たんじょう日は、生まれた日を毎年おいわいする、とくべつな日です。
zh: 生日 | 生日是每年庆祝出生的特别日子。
es: cumpleaños | El cumpleaños es el día especial de cada año en que celebras que naciste.
vi: sinh nhật | Sinh nhật là ngày đặc biệt mỗi năm để mừng ngày mình ra đời.
fr: anniversaire | L'anniversaire est le jour spécial où l'on fête chaque année sa naissance.
de: Geburtstag | Der Geburtstag ist der besondere Tag, an dem man jedes Jahr feiert, dass man geboren wurde.

@grandma
en: Grandma | Grandma is the mother of your mom or dad.
ko: 할머니 | 할머니는 엄마나 아빠의 엄마예요.
ja: おばあちゃん | おばあちゃんは、お母さんかお父さんのお母さんです。
zh: 奶奶 | 奶奶是爸爸的妈妈。
es: abuela | La abuela es la mamá de tu mamá o de tu papá.
vi: bà | Bà là mẹ của bố hoặc mẹ mình.
fr: Grand-mère | Grand-mère, c'est la maman de ta maman ou de ton papa.
de: Oma | Die Oma ist die Mutter von Mama oder Papa.

@hug
en: hug | A hug is when you put your arms around someone to show you love them.
ko: 포옹 | 포옹은 사랑한다는 마음으로 누군가를 두 팔로 꼭 안는 거예요.
ja: ハグ | ハグは、大すきな気もちをつたえるために、りょう手でぎゅっとだきしめることです。
zh: 拥抱 | 拥抱就是用双臂抱住别人，表示你爱他。
es: abrazo/abrazos | Un abrazo es rodear a alguien con los brazos para mostrarle cariño.
vi: cái ôm/ôm | Cái ôm là khi mình vòng tay ôm ai đó để thể hiện tình thương.
fr: câlin/câlins | Un câlin, c'est serrer quelqu'un dans ses bras pour lui montrer qu'on l'aime.
de: Umarmung/Umarmungen | Bei einer Umarmung legst du die Arme um jemanden, den du lieb hast.

@stream
en: stream | A stream is a small, narrow river.
ko: 시냇물 | 시냇물은 작고 좁게 흐르는 물줄기예요.
ja: 小川 | 小川は、小さくてほそい川です。
zh: 小溪 | 小溪是又小又窄的河。
es: arroyo | Un arroyo es un río pequeño y estrecho.
vi: suối | Suối là dòng nước nhỏ và hẹp.
fr: ruisseau | Un ruisseau est une toute petite rivière.
de: Bach | Ein Bach ist ein kleiner, schmaler Fluss.

@family
en: family | A family is the people who love you and care for you, like parents and grandparents.
ko: 가족 | 가족은 부모님과 할머니 할아버지처럼 나를 사랑하고 돌봐 주는 사람들이에요.
ja: 家族 | 家族は、お父さんやお母さん、おじいちゃんやおばあちゃんのように、あなたを大切にする人たちです。
zh: 家人 | 家人就是像爸爸妈妈、爷爷奶奶那样爱你、照顾你的人。
es: familia | La familia son las personas que te quieren y te cuidan, como tus padres y abuelos.
vi: gia đình | Gia đình là những người yêu thương và chăm sóc mình, như bố mẹ, ông bà.
fr: famille | La famille, ce sont les personnes qui t'aiment et prennent soin de toi.
de: Familie | Die Familie sind die Menschen, die dich lieb haben und für dich sorgen.

@meadow
en: meadow | A meadow is a wide field full of grass and wildflowers.
ko: 들판 | 들판은 풀과 들꽃이 가득한 넓은 땅이에요.
ja: 野原 | 野原は、草や野の花がいっぱいの広いところです。
zh: 草地 | 草地是长满青草和野花的一大片地方。
es: pradera | Una pradera es un campo amplio lleno de hierba y flores silvestres.
vi: đồng cỏ | Đồng cỏ là cánh đồng rộng đầy cỏ và hoa dại.
fr: prairie | Une prairie est un grand champ plein d'herbe et de fleurs sauvages.
de: Wiese | Eine Wiese ist ein weites Feld voller Gras und Wildblumen.

@branch
en: branch/branches | A branch is an arm of a tree that grows out from the trunk.
ko: 나뭇가지 | 나뭇가지는 나무줄기에서 팔처럼 뻗어 나온 부분이에요.
ja: えだ | えだは、木のみきからうでのようにのびている部分です。
zh: 树枝 | 树枝是从树干上像手臂一样长出来的部分。
es: rama/ramas | Una rama es como un brazo del árbol que sale del tronco.
vi: cành cây/cành | Cành cây là phần mọc ra từ thân cây như những cánh tay.
fr: branche/branches | Une branche est comme un bras de l'arbre qui sort du tronc.
de: Ast/Äste | Ein Ast ist wie ein Arm des Baumes, der aus dem Stamm wächst.

@seed
en: seed | A seed is a tiny thing that grows into a new plant.
ko: 씨앗 | 씨앗은 자라서 새로운 식물이 되는 아주 작은 알갱이예요.
ja: たね | たねは、そだつとあたらしい植物になる、小さなつぶです。
zh: 种子 | 种子是能长成新植物的小小颗粒。
es: semilla | Una semilla es algo pequeñito del que crece una planta nueva.
vi: hạt giống | Hạt giống là hạt nhỏ sẽ lớn lên thành cây mới.
fr: graine | Une graine est une toute petite chose qui devient une nouvelle plante.
de: Samen | Ein Samen ist etwas Winziges, aus dem eine neue Pflanze wächst.

@nature
en: nature | Nature is everything that is not made by people, like plants, animals, rivers and sky.
ko: 자연 | 자연은 식물, 동물, 강, 하늘처럼 사람이 만들지 않은 모든 거예요.
ja: 自然 | 自然は、植物や動物、川や空のように、人がつくったのではないもののことです。
zh: 大自然/自然 | 大自然就是植物、动物、河流和天空这些不是人造的东西。
es: naturaleza | La naturaleza es todo lo que no hacen las personas, como plantas, animales y ríos.
vi: thiên nhiên | Thiên nhiên là mọi thứ không do con người làm ra, như cây cối, muông thú, sông ngòi.
fr: nature | La nature, c'est tout ce que l'homme n'a pas fabriqué : les plantes, les animaux, les rivières.
de: Natur | Die Natur ist alles, was nicht von Menschen gemacht ist, wie Pflanzen, Tiere und Flüsse.

@adventure
en: adventure/adventures | An adventure is an exciting trip where new things happen.
ko: 모험 | 모험은 새로운 일이 생기는 신나는 여행이에요.
ja: ぼうけん | ぼうけんは、あたらしいことがおこる、わくわくする旅です。
zh: 冒险 | 冒险是会遇到新鲜事的、令人兴奋的旅程。
es: aventura/aventuras | Una aventura es un viaje emocionante en el que pasan cosas nuevas.
vi: phiêu lưu | Phiêu lưu là chuyến đi thú vị với nhiều điều mới lạ.
fr: aventure/aventures | Une aventure est un voyage passionnant où il arrive des choses nouvelles.
de: Abenteuer/Abenteuern | Ein Abenteuer ist eine spannende Reise, auf der Neues passiert.

@treasure
en: treasure | A treasure is something very precious that people look for.
ko: 보물 | 보물은 사람들이 찾아다니는 아주 귀한 물건이에요.
ja: たからもの | たからものは、みんながさがしている、とても大切なものです。
zh: 宝藏 | 宝藏是人们寻找的非常珍贵的东西。
es: tesoro/tesoros | Un tesoro es algo muy valioso que la gente busca.
vi: kho báu | Kho báu là thứ rất quý giá mà mọi người đi tìm.
fr: trésor/trésors | Un trésor est quelque chose de très précieux que l'on cherche.
de: Schatz/Schätze/Schätzen | Ein Schatz ist etwas sehr Wertvolles, nach dem man sucht.

@map
en: map | A map is a drawing that shows where places are and how to get there.
ko: 지도 | 지도는 장소가 어디 있고 어떻게 가는지 보여 주는 그림이에요.
ja: 地図 | 地図は、ばしょや道じゅんをしめした絵です。
zh: 地图 | 地图是告诉你地方在哪里、怎么走的图。
es: mapa | Un mapa es un dibujo que muestra dónde están los lugares y cómo llegar.
vi: bản đồ | Bản đồ là hình vẽ cho biết các nơi ở đâu và đi đến đó thế nào.
fr: carte | Une carte est un dessin qui montre où sont les lieux et comment y aller.
de: Karte | Eine Karte ist ein Bild, das zeigt, wo Orte sind und wie man hinkommt.

@box
en: box | A box is a container with flat sides for keeping things in.
ko: 상자 | 상자는 물건을 넣어 두는 네모난 통이에요.
ja: 箱 | 箱は、ものを入れておく、四角い入れものです。
zh: 盒子/纸箱/箱子 | 盒子、箱子和纸箱都是用来装东西的方方的容器。
es: caja | Una caja es un recipiente con lados planos para guardar cosas.
vi: hộp | Hộp là đồ đựng có các mặt phẳng để cất đồ.
fr: boîte/carton | Une boîte, ou un carton, est un objet avec des côtés plats pour ranger des choses.
de: Kiste | Eine Kiste ist ein Behälter mit geraden Seiten, in den man Dinge legt.

@path
en: path | A path is a narrow way for walking.
ko: 길 | 길은 걸어서 지나가는 좁은 통로예요.
ja: 道 | 道は、歩いてすすむところです。
zh: 路 | 路是走路时走的地方。
es: camino | Un camino es un sitio estrecho por donde se va andando.
vi: đường | Đường là lối đi để mình bước qua.
fr: chemin | Un chemin est un passage étroit pour marcher.
de: Weg | Ein Weg ist ein schmaler Pfad zum Gehen.

@rainbow
en: rainbow | A rainbow is a colorful arch in the sky that appears when sun shines through rain.
ko: 무지개 | 무지개는 비가 온 뒤 햇빛이 비칠 때 하늘에 뜨는 일곱 빛깔 다리예요.
ja: にじ | にじは、雨のあとに日がさすと空にあらわれる、色とりどりのはしです。
zh: 彩虹 | 彩虹是雨后阳光照耀时，天空中出现的五颜六色的弯桥。
es: arcoíris | El arcoíris es un arco de colores que sale en el cielo cuando el sol brilla con lluvia.
vi: cầu vồng | Cầu vồng là dải màu cong trên trời khi nắng chiếu qua mưa.
fr: arc-en-ciel | L'arc-en-ciel est un grand arc de couleurs qui apparaît quand le soleil brille sous la pluie.
de: Regenbogen | Ein Regenbogen ist ein bunter Bogen am Himmel, wenn die Sonne durch den Regen scheint.

@compass
en: compass | A compass has a needle that always points north, so you never get lost.
ko: 나침반 | 나침반은 바늘이 늘 북쪽을 가리켜서 길을 잃지 않게 도와줘요.
ja: コンパス | コンパスは、はりがいつも北をさすので、道にまよわないようにたすけてくれます。
zh: 指南针 | 指南针的指针总是指向北方，能帮你不迷路。
es: brújula | Una brújula tiene una aguja que siempre apunta al norte para que no te pierdas.
vi: la bàn | La bàn có kim luôn chỉ hướng bắc để mình không bị lạc.
fr: boussole | Une boussole a une aiguille qui montre toujours le nord, pour ne pas se perdre.
de: Kompass | Ein Kompass hat eine Nadel, die immer nach Norden zeigt, damit du dich nicht verläufst.

@ball
en: ball | A ball is a round toy that you can throw, kick and catch.
ko: 공 | 공은 던지고 차고 잡을 수 있는 동그란 장난감이에요.
ja: ボール | ボールは、なげたり、けったり、とったりできる、まるいおもちゃです。
zh: 球 | 球是可以扔、踢、接的圆圆的玩具。
es: pelota | Una pelota es un juguete redondo que puedes lanzar, patear y atrapar.
vi: bóng | Quả bóng là đồ chơi tròn để ném, đá và bắt.
fr: ballon | Un ballon est un jouet rond qu'on peut lancer, taper et attraper.
de: Ball | Ein Ball ist ein rundes Spielzeug zum Werfen, Schießen und Fangen.

@pot
en: flower pot/pot | A flower pot is a container that holds soil and a plant.
ko: 화분 | 화분은 흙을 담아 식물을 심는 그릇이에요.
ja: うえきばち | うえきばちは、土を入れて植物をうえる入れものです。
zh: 花盆 | 花盆是装着泥土、用来种花的盆。
es: maceta | Una maceta es un recipiente con tierra donde crece una planta.
vi: chậu | Chậu hoa là đồ đựng đất để trồng cây.
fr: pot | Un pot de fleurs contient de la terre et une plante.
de: Blumentopf/Topf/Töpfen | Ein Blumentopf ist ein Topf mit Erde, in dem eine Pflanze wächst.

@stone
en: stone/rock | A stone is a small, hard piece of rock.
ko: 돌 | 돌은 작고 단단한 바위 조각이에요.
ja: 石 | 石は、かたくて小さな岩のかけらです。
zh: 石头 | 石头是小小的、硬硬的岩石块。
es: piedra/piedras | Una piedra es un trozo pequeño y duro de roca.
vi: đá | Hòn đá là mẩu đá nhỏ và cứng.
fr: pierre/caillou/cailloux | Une pierre, ou un caillou, est un petit morceau de roche, tout dur.
de: Stein/Steine | Ein Stein ist ein kleines, hartes Stück Fels.

@truth
en: truth | The truth is what really happened.
ko: 진실 | 진실은 정말로 있었던 일이에요.
ja: ほんとうのこと | ほんとうのことは、じっさいにあったことです。
zh: 真话 | 真话就是把真正发生的事说出来。
es: verdad | La verdad es lo que pasó de verdad.
vi: sự thật | Sự thật là điều đã thật sự xảy ra.
fr: vérité | La vérité, c'est ce qui s'est vraiment passé.
de: Wahrheit | Die Wahrheit ist das, was wirklich passiert ist.

@bedtime
en: bedtime | Bedtime is the time when children go to bed to sleep.
ko: 잘 시간 | 잘 시간은 아이들이 잠자리에 드는 시간이에요.
ja: ねる時間 | ねる時間は、子どもたちがベッドに入ってねむる時間です。
zh: 睡觉 | 睡觉时间就是孩子们上床睡觉的时候。
es: hora de dormir | La hora de dormir es cuando los niños se van a la cama.
vi: giờ đi ngủ | Giờ đi ngủ là lúc các bạn nhỏ lên giường ngủ.
fr: l'heure d'aller au lit | L'heure d'aller au lit, c'est le moment où les enfants vont se coucher.
de: Schlafenszeit | Die Schlafenszeit ist die Zeit, in der Kinder ins Bett gehen.

@pajamas
en: pajamas | Pajamas are soft clothes you wear to sleep.
ko: 잠옷 | 잠옷은 잘 때 입는 부드러운 옷이에요.
ja: パジャマ | パジャマは、ねるときにきる、やわらかいふくです。
zh: 睡衣 | 睡衣是睡觉时穿的软软的衣服。
es: pijama | El pijama es la ropa suave que te pones para dormir.
vi: đồ ngủ | Đồ ngủ là quần áo mềm mặc khi đi ngủ.
fr: pyjama | Le pyjama est le vêtement tout doux qu'on met pour dormir.
de: Schlafanzug | Ein Schlafanzug ist weiche Kleidung, die man zum Schlafen trägt.

@moon
en: moon | The moon is the big round light we see in the sky at night.
ko: 달 | 달은 밤하늘에 뜨는 크고 둥근 빛이에요.
ja: 月 | 月は、夜の空に見える、大きくてまるいひかりです。
zh: 月亮 | 月亮是晚上天空中又大又圆的亮光。
es: luna | La luna es la gran luz redonda que vemos en el cielo de noche.
vi: trăng | Mặt trăng là vầng sáng tròn to trên bầu trời đêm.
fr: lune | La lune est la grande lumière ronde qu'on voit dans le ciel la nuit.
de: Mond/Mondes | Der Mond ist das große runde Licht, das nachts am Himmel steht.

@window
en: window | A window is a glass opening in a wall that lets in light.
ko: 창문 | 창문은 벽에 있는 유리 문으로, 빛이 들어오게 해 줘요.
ja: まど | まどは、かべにあるガラスのところで、ひかりを中に入れてくれます。
zh: 窗户/窗 | 窗户是墙上装着玻璃、能让光照进来的地方。
es: ventana | Una ventana es un hueco con cristal en la pared que deja pasar la luz.
vi: cửa sổ | Cửa sổ là ô kính trên tường để ánh sáng chiếu vào.
fr: fenêtre | Une fenêtre est une ouverture vitrée dans le mur qui laisse entrer la lumière.
de: Fenster | Ein Fenster ist eine Glasöffnung in der Wand, durch die Licht hereinkommt.

@lullaby
en: lullaby | A lullaby is a soft, gentle song that helps you fall asleep.
ko: 자장가 | 자장가는 잠이 들도록 부드럽게 불러 주는 노래예요.
ja: 子もり歌 | 子もり歌は、ねむれるように、やさしくうたう歌です。
zh: 摇篮曲 | 摇篮曲是哄人入睡的轻柔的歌。
es: nana | Una nana es una canción suave que te ayuda a dormir.
vi: hát ru | Bài hát ru là bài hát nhẹ nhàng giúp mình dễ ngủ.
fr: berceuse | Une berceuse est une chanson douce pour s'endormir.
de: Schlaflied | Ein Schlaflied ist ein sanftes Lied zum Einschlafen.

@cloud
en: cloud | A cloud is a soft white or gray shape floating in the sky, made of tiny drops of water.
ko: 구름 | 구름은 작은 물방울이 모여 하늘에 둥둥 떠 있는 거예요.
ja: 雲 | 雲は、小さな水のつぶがあつまって、空にうかんでいるものです。
zh: 云 | 云是由小水滴聚在一起、飘在天上的东西。
es: nube/nubes | Una nube es una forma blanca o gris en el cielo, hecha de gotitas de agua.
vi: mây | Mây là những đám hơi nước nhỏ li ti bay lơ lửng trên trời.
fr: nuage | Un nuage est une forme blanche ou grise dans le ciel, faite de minuscules gouttes d'eau.
de: Wolke/Wolken | Eine Wolke ist ein weißes oder graues Gebilde am Himmel aus winzigen Wassertröpfchen.

@sky
en: sky | The sky is the space above us where the sun, clouds and stars are.
ko: 하늘 | 하늘은 해와 구름과 별이 있는 우리 머리 위의 공간이에요.
ja: 空 | 空は、お日さまや雲や星がある、わたしたちの頭の上の広いところです。
zh: 天空 | 天空是我们头顶上有太阳、云朵和星星的地方。
es: cielo | El cielo es el espacio sobre nosotros donde están el sol, las nubes y las estrellas.
vi: trời | Bầu trời là khoảng không trên đầu mình, nơi có mặt trời, mây và sao.
fr: ciel | Le ciel est l'espace au-dessus de nous, avec le soleil, les nuages et les étoiles.
de: Himmel | Der Himmel ist der Raum über uns mit Sonne, Wolken und Sternen.

@firefly
en: firefly/fireflies | A firefly is a little insect that glows with its own light at night.
ko: 반딧불이 | 반딧불이는 밤에 스스로 빛을 내는 작은 곤충이에요.
ja: ホタル | ホタルは、夜に自分でひかる小さな虫です。
zh: 萤火虫 | 萤火虫是晚上自己会发光的小虫子。
es: luciérnaga/luciérnagas | Una luciérnaga es un insecto pequeño que brilla con su propia luz por la noche.
vi: đom đóm | Đom đóm là con côn trùng nhỏ tự phát sáng vào ban đêm.
fr: luciole/lucioles | Une luciole est un petit insecte qui brille tout seul la nuit.
de: Glühwürmchen | Ein Glühwürmchen ist ein kleines Insekt, das nachts von selbst leuchtet.

@blanket
en: blanket | A blanket is a warm, soft cover that keeps you cozy.
ko: 이불 | 이불은 몸을 따뜻하고 포근하게 덮어 주는 거예요.
ja: 毛布 | 毛布は、体をあたたかく、ふんわりつつんでくれるものです。
zh: 被子 | 被子是盖在身上、又暖又软的东西。
es: manta | Una manta es una tela calentita y suave que te abriga.
vi: chăn | Chăn là tấm đắp ấm áp và mềm mại.
fr: couverture | Une couverture est une étoffe chaude et douce qui tient bien au chaud.
de: Decke | Eine Decke ist etwas Warmes, Weiches, das dich zudeckt.

@dream
en: dream/dreams/dreamed | A dream is a story your mind tells you while you sleep.
ko: 꿈 | 꿈은 잠자는 동안 머릿속에서 펼쳐지는 이야기예요.
ja: ゆめ | ゆめは、ねむっているあいだに見る、お話のようなものです。
zh: 梦 | 梦是睡觉时脑袋里出现的故事。
es: sueño/sueños | Un sueño es una historia que ves mientras duermes.
vi: giấc mơ/mơ | Giấc mơ là câu chuyện mình thấy trong lúc ngủ.
fr: rêve/rêves | Un rêve est une histoire qu'on voit pendant qu'on dort.
de: Traum/Träume | Ein Traum ist eine Geschichte, die du im Schlaf erlebst.

@rocket
en: rocket | A rocket is a machine that flies up into space.
ko: 로켓 | 로켓은 우주로 날아가는 기계예요.
ja: ロケット | ロケットは、宇宙へとんでいくのりものです。
zh: 火箭 | 火箭是能飞上太空的机器。
es: cohete | Un cohete es una máquina que vuela hasta el espacio.
vi: tên lửa | Tên lửa là cỗ máy bay lên vũ trụ.
fr: fusée | Une fusée est une machine qui s'envole dans l'espace.
de: Rakete | Eine Rakete ist eine Maschine, die in den Weltraum fliegt.

@home
en: home | Home is the place where you live and feel safe.
ko: 집 | 집은 내가 살고 마음이 편안한 곳이에요.
ja: おうち | おうちは、あなたがくらして、あんしんできるところです。
zh: 家 | 家是你住的、让你觉得安心的地方。
es: casa | Tu casa es el lugar donde vives y te sientes seguro.
vi: nhà | Nhà là nơi mình sống và thấy an toàn.
fr: maison | La maison, c'est l'endroit où l'on vit et où l'on se sent bien.
de: Zuhause/Hause | Das Zuhause ist der Ort, an dem du wohnst und dich sicher fühlst: dort bist du zu Hause.

@beach
en: beach | A beach is the sandy land next to the sea.
ko: 해변/바닷가 | 해변은 바닷가의 모래밭이에요.
ja: はまべ | はまべは、海のそばのすなはまです。
zh: 海滩 | 海滩是大海旁边铺满沙子的地方。
es: playa | La playa es la arena que está junto al mar.
vi: bãi biển | Bãi biển là bãi cát ở cạnh biển.
fr: plage | La plage est l'endroit plein de sable au bord de la mer.
de: Strand | Der Strand ist das sandige Land am Meer.

@shell
en: shell | A shell is the hard cover that protects some sea animals.
ko: 조개껍데기 | 조개껍데기는 바다 동물을 지켜 주는 단단한 껍데기예요.
ja: 貝がら | 貝がらは、海の生きものをまもっている、かたいからです。
zh: 贝壳 | 贝壳是保护一些海洋动物的硬壳。
es: concha | Una concha es la cubierta dura que protege a algunos animales del mar.
vi: vỏ sò | Vỏ sò là lớp vỏ cứng bảo vệ một số con vật biển.
fr: coquillage | Un coquillage est la coquille dure qui protège certains animaux de la mer.
de: Muschel/Muscheln | Eine Muschel hat eine harte Schale, die ein Meerestier schützt.

@wave
en: wave | A wave is water that rises and rolls toward the shore.
ko: 파도 | 파도는 바닷물이 솟아올라 바닷가로 밀려오는 거예요.
ja: 波 | 波は、海の水がもりあがって、きしにむかってよせてくるものです。
zh: 海浪/浪 | 海浪是涌起来、向岸边滚过来的海水。
es: ola/olas | Una ola es agua que se levanta y rueda hacia la orilla.
vi: sóng | Sóng là nước biển dâng lên rồi cuộn vào bờ.
fr: vague/vagues | Une vague, c'est de l'eau qui se soulève et roule vers le rivage.
de: Welle/Wellen | Eine Welle ist Wasser, das sich hebt und zum Ufer rollt.

@pearl
en: pearl | A pearl is a shiny, round gem that grows inside a shell.
ko: 진주 | 진주는 조개 안에서 자라는 반짝이는 동그란 보석이에요.
ja: しんじゅ | しんじゅは、貝の中でできる、ぴかぴかのまるい宝石です。
zh: 珍珠 | 珍珠是在贝壳里长成的亮亮的圆宝石。
es: perla/perlas | Una perla es una joya redonda y brillante que crece dentro de una concha.
vi: ngọc trai | Ngọc trai là viên ngọc tròn sáng bóng lớn lên trong vỏ trai.
fr: perle/perles | Une perle est un joyau rond et brillant qui pousse dans un coquillage.
de: Perle/Perlen | Eine Perle ist ein glänzendes, rundes Schmuckstück, das in einer Muschel wächst.

@bubble
en: bubble | A bubble is a little ball of air.
ko: 방울 | 공기 방울은 공기가 담긴 작고 동그란 알갱이예요.
ja: あわ | あわは、空気が入った小さなまるい玉です。
zh: 泡泡 | 泡泡是装着空气的小圆球。
es: burbuja/burbujas | Una burbuja es una bolita de aire.
vi: bong bóng | Bong bóng là quả cầu nhỏ chứa không khí.
fr: bulle/bulles | Une bulle est une petite boule d'air.
de: Blase/Blasen | Eine Blase ist eine kleine Kugel aus Luft.

@seaweed
en: seaweed | Seaweed is a plant that grows in the sea.
ko: 해초 | 해초는 바다에서 자라는 식물이에요.
ja: 海そう | 海そうは、海の中でそだつ植物です。
zh: 海草 | 海草是长在海里的植物。
es: alga/algas | Un alga es una planta que crece en el mar.
vi: rong biển | Rong biển là loài cây mọc dưới biển.
fr: algue/algues | Une algue est une plante qui pousse dans la mer.
de: Seetang | Seetang ist eine Pflanze, die im Meer wächst.

@reef
en: reef | A coral reef is a colorful underwater home for many fish.
ko: 산호초 | 산호초는 많은 물고기가 사는 알록달록한 바닷속 집이에요.
ja: サンゴしょう | サンゴしょうは、たくさんの魚がすむ、色とりどりの海の中の家です。
zh: 珊瑚礁 | 珊瑚礁是很多鱼生活的五彩缤纷的海底家园。
es: arrecife | Un arrecife de coral es una casa de colores bajo el agua para muchos peces.
vi: rạn san hô | Rạn san hô là ngôi nhà nhiều màu sắc dưới biển của rất nhiều loài cá.
fr: récif | Un récif de corail est une maison colorée sous l'eau pour beaucoup de poissons.
de: Riff/Korallenriff | Ein Korallenriff ist ein Riff, ein buntes Zuhause unter Wasser für viele Fische.

@key
en: key | A key is a small piece of metal that opens a lock.
ko: 열쇠 | 열쇠는 자물쇠를 여는 작은 쇠붙이예요.
ja: かぎ | かぎは、じょうをあける小さな金ぞくの道具です。
zh: 钥匙 | 钥匙是能打开锁的小金属片。
es: llave | Una llave es una pieza pequeña de metal que abre una cerradura.
vi: chìa khóa | Chìa khóa là miếng kim loại nhỏ dùng để mở ổ khóa.
fr: clé | Une clé est un petit objet en métal qui ouvre une serrure.
de: Schlüssel | Ein Schlüssel ist ein kleines Metallstück, das ein Schloss öffnet.

@door
en: door | A door is what you open and close to go in and out.
ko: 문 | 문은 들어가고 나올 때 열고 닫는 거예요.
ja: ドア | ドアは、出たり入ったりするときにあけたりしめたりするものです。
zh: 门 | 门是进出时要开关的东西。
es: puerta | Una puerta es lo que abres y cierras para entrar y salir.
vi: cánh cửa | Cánh cửa là thứ mình mở ra đóng vào để đi vào, đi ra.
fr: porte | Une porte, on l'ouvre et on la ferme pour entrer et sortir.
de: Tür | Eine Tür öffnet und schließt man, um hinein- und hinauszugehen.

@bush
en: bush/bushes | A bush is a plant like a small, round tree with many branches.
ko: 덤불 | 덤불은 가지가 많은 작고 둥근 나무 같은 식물이에요.
ja: しげみ | しげみは、えだがたくさんある、小さくまるい木のような植物です。
zh: 灌木丛 | 灌木丛是枝条很多、像小圆树一样的植物。
es: arbusto/arbustos | Un arbusto es una planta como un árbol pequeño y redondo con muchas ramas.
vi: bụi cây | Bụi cây là loài cây nhỏ, tròn, có nhiều cành.
fr: buisson/buissons | Un buisson est une plante comme un petit arbre rond avec beaucoup de branches.
de: Busch/Büschen | Ein Busch ist eine Pflanze wie ein kleiner runder Baum mit vielen Zweigen.

@pillow
en: pillow | A pillow is a soft cushion for your head when you sleep.
ko: 베개 | 베개는 잘 때 머리를 받쳐 주는 푹신한 쿠션이에요.
ja: まくら | まくらは、ねるときに頭をのせる、やわらかいクッションです。
zh: 枕头 | 枕头是睡觉时垫在头下的软软的垫子。
es: almohada/almohadas | Una almohada es un cojín blandito para la cabeza cuando duermes.
vi: gối | Gối là chiếc đệm mềm để kê đầu khi ngủ.
fr: oreiller/oreillers | Un oreiller est un coussin tout doux pour la tête quand on dort.
de: Kissen | Ein Kissen ist ein weiches Polster für den Kopf beim Schlafen.

@breakfast
en: breakfast | Breakfast is the first meal of the day, eaten in the morning.
ko: 아침밥 | 아침밥은 아침에 먹는 하루의 첫 식사예요.
ja: 朝ごはん | 朝ごはんは、朝に食べる、一日さいしょのごはんです。
zh: 早饭 | 早饭是早上吃的一天中的第一顿饭。
es: desayuno | El desayuno es la primera comida del día, por la mañana.
vi: bữa sáng | Bữa sáng là bữa ăn đầu tiên trong ngày, vào buổi sáng.
fr: petit déjeuner | Le petit déjeuner est le premier repas de la journée, le matin.
de: Frühstück | Das Frühstück ist die erste Mahlzeit am Morgen.

@game
en: game | A game is something fun you play, often with rules.
ko: 놀이 | 놀이는 규칙을 정해 재미있게 하는 거예요.
ja: あそび | あそびは、たのしくやる、ルールがあることも多いものです。
zh: 游戏 | 游戏是好玩的活动，常常有规则。
es: juego/juegos | Un juego es algo divertido que se juega, a menudo con reglas.
vi: trò chơi | Trò chơi là điều vui mình chơi, thường có luật chơi.
fr: jeu/jeux | Un jeu, c'est quelque chose d'amusant, souvent avec des règles.
de: Spiel/Spiele | Ein Spiel ist etwas Lustiges, das man spielt, oft mit Regeln.

@bag
en: bag | A bag is something you carry things in.
ko: 가방 | 가방은 물건을 넣어 들고 다니는 거예요.
ja: かばん | かばんは、ものを入れてもちはこぶものです。
zh: 背包/包 | 背包是用来装东西、背着走的包。
es: mochila | Una mochila es una bolsa que llevas a la espalda.
vi: ba lô | Ba lô là túi đeo sau lưng để đựng đồ.
fr: sac | Un sac sert à transporter des affaires.
de: Rucksack | Ein Rucksack ist eine Tasche, die man auf dem Rücken trägt.

@leg
en: leg/legs | Your legs help you stand, walk and run.
ko: 다리 | 다리는 서고 걷고 뛰게 해 주는 몸의 부분이에요.
ja: 足 | 足は、立ったり、歩いたり、走ったりするための体の部分です。
zh: 腿 | 腿帮助我们站、走和跑。
es: pierna/piernas | Las piernas te ayudan a estar de pie, andar y correr.
vi: chân | Đôi chân giúp mình đứng, đi và chạy.
fr: jambe/jambes | Les jambes servent à se tenir debout, à marcher et à courir.
de: Bein/Beine | Mit den Beinen kannst du stehen, gehen und rennen.

@sandwich
en: sandwich/sandwiches | A sandwich is food between two slices of bread.
ko: 샌드위치 | 샌드위치는 빵 두 조각 사이에 음식을 끼운 거예요.
ja: サンドイッチ | サンドイッチは、二まいのパンのあいだに具をはさんだ食べものです。
zh: 三明治 | 三明治是在两片面包中间夹上食物。
es: bocadillo/bocadillos | Un bocadillo es pan con algo rico dentro.
vi: bánh mì kẹp | Bánh mì kẹp là bánh mì có kẹp đồ ăn ở giữa.
fr: sandwich/sandwichs | Un sandwich, c'est de la nourriture entre deux tranches de pain.
de: Sandwich/Sandwiches | Ein Sandwich ist Essen zwischen zwei Brotscheiben.

@boat
en: boat | A boat floats on water and carries people across it.
ko: 배 | 배는 물 위에 떠서 사람을 태우고 다녀요.
ja: ボート | ボートは、水の上にうかんで人をのせてすすみます。
zh: 船 | 船浮在水面上，能载着人过河过海。
es: barca/barco | Una barca flota en el agua y lleva a la gente de un lado a otro.
vi: thuyền | Thuyền nổi trên mặt nước và chở người đi qua sông.
fr: barque/bateau | Une barque est un petit bateau qui flotte sur l'eau et transporte des gens.
de: Boot | Ein Boot schwimmt auf dem Wasser und bringt Menschen hinüber.

@dance
en: dance | To dance is to move your body to music.
ko: 춤 | 춤은 음악에 맞춰 몸을 움직이는 거예요.
ja: ダンス | ダンスは、音楽にあわせて体をうごかすことです。
zh: 舞 | 跳舞就是跟着音乐摆动身体。
es: baile | Un baile es mover el cuerpo al ritmo de la música.
vi: múa | Múa là chuyển động cơ thể theo điệu nhạc.
fr: danse | La danse, c'est bouger son corps en musique.
de: Tanz | Beim Tanz bewegst du dich zur Musik.

@sun
en: sun | The sun is the big, bright star that gives us light and warmth.
ko: 해 | 해는 우리에게 빛과 따뜻함을 주는 크고 밝은 별이에요.
ja: お日さま | お日さまは、ひかりとあたたかさをくれる、大きな明るい星です。
zh: 太阳 | 太阳是给我们光和温暖的又大又亮的星星。
es: sol | El sol es la gran estrella brillante que nos da luz y calor.
vi: mặt trời | Mặt trời là ngôi sao to sáng cho chúng ta ánh sáng và hơi ấm.
fr: soleil | Le soleil est la grande étoile brillante qui nous donne lumière et chaleur.
de: Sonne | Die Sonne ist der große helle Stern, der uns Licht und Wärme gibt.

@soup
en: soup | Soup is a warm food that you eat with a spoon.
ko: 수프 | 수프는 숟가락으로 떠먹는 따뜻한 음식이에요.
ja: スープ | スープは、スプーンでのむ、あたたかい食べものです。
zh: 汤 | 汤是用勺子喝的热乎乎的食物。
es: sopa | La sopa es una comida calentita que se toma con cuchara.
vi: súp | Súp là món ăn nóng mình ăn bằng thìa.
fr: soupe | La soupe est un plat chaud qu'on mange à la cuillère.
de: Suppe | Suppe ist ein warmes Essen, das man mit dem Löffel isst.

@bread
en: bread | Bread is a food baked from flour, water and yeast.
ko: 빵 | 빵은 밀가루를 반죽해서 구운 음식이에요.
ja: パン | パンは、こむぎこをこねてやいた食べものです。
zh: 面包 | 面包是用面粉烤出来的食物。
es: pan | El pan es un alimento hecho al horno con harina y agua.
vi: bánh mì | Bánh mì là món nướng làm từ bột mì.
fr: pain | Le pain est cuit au four avec de la farine et de l'eau.
de: Brot | Brot wird aus Mehl und Wasser gebacken.

@market
en: market | A market is a place where people buy and sell food and things.
ko: 시장 | 시장은 사람들이 먹을 것과 물건을 사고파는 곳이에요.
ja: 市場 | 市場は、食べものやいろいろなものを売ったり買ったりするところです。
zh: 集市 | 集市是人们买卖食物和东西的地方。
es: mercado | Un mercado es un lugar donde se compran y venden cosas.
vi: chợ | Chợ là nơi mọi người mua bán đồ ăn và đồ dùng.
fr: marché | Un marché est un endroit où l'on achète et vend des choses.
de: Markt | Auf dem Markt kaufen und verkaufen Menschen Essen und andere Dinge.

@fountain
en: fountain | A fountain shoots water up into the air.
ko: 분수 | 분수는 물을 하늘로 뿜어 올리는 장치예요.
ja: ふんすい | ふんすいは、水を空中にふき上げるものです。
zh: 喷泉 | 喷泉能把水喷到空中。
es: fuente | Una fuente lanza agua hacia arriba.
vi: đài phun nước | Đài phun nước phun nước lên không trung.
fr: fontaine | Une fontaine fait jaillir de l'eau.
de: Brunnen | Ein Brunnen lässt Wasser in die Luft sprudeln.

@wish
en: wish | A wish is something you hope will happen.
ko: 소원 | 소원은 이루어지기를 바라는 마음이에요.
ja: ねがい | ねがいは、かなってほしいとおもうことです。
zh: 愿望 | 愿望是你希望会实现的事情。
es: deseo | Un deseo es algo que esperas que pase.
vi: điều ước/ước | Điều ước là điều mình mong sẽ thành sự thật.
fr: vœu | Un vœu, c'est quelque chose qu'on espère très fort.
de: Wunsch | Ein Wunsch ist etwas, von dem du hoffst, dass es passiert.

@butterfly
en: butterfly/butterflies | A butterfly is an insect with big, colorful wings.
ko: 나비 | 나비는 크고 알록달록한 날개를 가진 곤충이에요.
ja: チョウ | チョウは、大きくて色とりどりのはねをもつ虫です。
zh: 蝴蝶 | 蝴蝶是有着又大又漂亮翅膀的昆虫。
es: mariposa/mariposas | Una mariposa es un insecto con alas grandes y de colores.
vi: bướm | Bướm là côn trùng có đôi cánh to nhiều màu sắc.
fr: papillon/papillons | Un papillon est un insecte aux grandes ailes colorées.
de: Schmetterling/Schmetterlinge | Ein Schmetterling ist ein Insekt mit großen, bunten Flügeln.

@pond
en: pond | A pond is a small lake.
ko: 연못 | 연못은 작은 호수예요.
ja: 池 | 池は、小さなみずうみです。
zh: 池塘 | 池塘是小小的湖。
es: estanque | Un estanque es un lago pequeño.
vi: hồ nước | Hồ nước nhỏ là nơi có nước đọng lại như một cái hồ tí hon.
fr: étang | Un étang est un petit lac.
de: Teich | Ein Teich ist ein kleiner See.

@duck
en: duck/ducks | A duck is a bird that swims and says “quack”.
ko: 오리 | 오리는 헤엄을 치고 “꽥꽥” 하고 우는 새예요.
ja: アヒル | アヒルは、およぐのがじょうずで「ガーガー」となく鳥です。
zh: 鸭 | 鸭子是会游泳、“嘎嘎”叫的鸟。
es: pato/pata/patos | El pato es un ave que nada y hace «cuac».
vi: vịt | Vịt là loài chim biết bơi và kêu “cạc cạc”.
fr: canard/cane/canards | Le canard, ou la cane, est un oiseau qui nage et fait « coin-coin ».
de: Ente/Enten | Eine Ente ist ein Vogel, der schwimmt und „quak“ macht.

@slide
en: slide | A slide is a smooth slope you whoosh down at the playground.
ko: 미끄럼틀 | 미끄럼틀은 놀이터에서 쭉 미끄러져 내려오는 기구예요.
ja: すべり台 | すべり台は、公園でシューッとすべりおりるあそび道具です。
zh: 滑梯 | 滑梯是游乐场里可以嗖地滑下来的玩具。
es: tobogán | Un tobogán es una rampa lisa del parque por la que te deslizas.
vi: cầu trượt | Cầu trượt là đồ chơi để trượt vèo xuống ở sân chơi.
fr: toboggan | Un toboggan est une pente lisse sur laquelle on glisse au parc.
de: Rutsche | Eine Rutsche ist eine glatte Bahn, auf der man hinuntersaust.

@swing
en: swing/swings | A swing is a seat hanging from ropes that goes back and forth.
ko: 그네 | 그네는 줄에 매달린 의자로 앞뒤로 흔들려요.
ja: ブランコ | ブランコは、くさりにつるされて、前へうしろへゆれるいすです。
zh: 秋千 | 秋千是挂在绳子上、能前后荡的座位。
es: columpio/columpios | Un columpio es un asiento colgado que va hacia delante y hacia atrás.
vi: xích đu | Xích đu là chiếc ghế treo đung đưa tới lui.
fr: balançoire | Une balançoire est un siège suspendu qui va d'avant en arrière.
de: Schaukel | Eine Schaukel ist ein hängender Sitz, der vor und zurück schwingt.

@forest
en: forest | A forest is a big place full of trees.
ko: 숲 | 숲은 나무가 아주 많이 모여 있는 곳이에요.
ja: 森 | 森は、木がたくさんある広いところです。
zh: 森林 | 森林是长满了树的一大片地方。
es: bosque | Un bosque es un lugar grande lleno de árboles.
vi: rừng | Rừng là nơi rộng lớn có rất nhiều cây.
fr: forêt | Une forêt est un grand endroit plein d'arbres.
de: Wald | Ein Wald ist ein großes Gebiet voller Bäume.

@foot
en: foot/feet | Your feet are at the end of your legs; you stand and walk on them, one foot after the other.
ko: 발 | 발은 다리 끝에 있어서, 서고 걷게 해 줘요.
ja: 足 | 足は、立ったり歩いたりするときに地面につくところです。
zh: 脚 | 脚长在腿的下面，我们用它站立和走路。
es: pie/pies | Los pies están al final de las piernas; con ellos estás de pie y caminas.
vi: chân | Bàn chân ở cuối đôi chân, giúp mình đứng và đi.
fr: pied/pieds | Les pieds sont au bout des jambes ; on marche avec.
de: Fuß/Füße/Füßen | Die Füße sind unten an den Beinen; auf ihnen stehst und gehst du.

@squirrel
en: squirrel | A squirrel is a small animal with a bushy tail that loves nuts.
ko: 다람쥐 | 다람쥐는 복슬복슬한 꼬리를 가진, 도토리를 좋아하는 작은 동물이에요.
ja: リス | リスは、ふさふさのしっぽをもつ、木の実が大すきな小さな動物です。
zh: 松鼠 | 松鼠是长着蓬松大尾巴、爱吃坚果的小动物。
es: ardilla | La ardilla es un animalito de cola peluda al que le encantan los frutos secos.
vi: sóc | Sóc là con vật nhỏ có đuôi xù, rất thích ăn hạt.
fr: écureuil | L'écureuil est un petit animal à la queue touffue qui adore les noisettes.
de: Eichhörnchen | Ein Eichhörnchen ist ein kleines Tier mit buschigem Schwanz, das Nüsse liebt.

@acorn
en: acorn | An acorn is the small nut that grows on an oak tree.
ko: 도토리 | 도토리는 참나무에 열리는 작은 열매예요.
ja: どんぐり | どんぐりは、カシやナラの木になる小さな木の実です。
zh: 橡果 | 橡果是橡树上结的小果子。
es: bellota | La bellota es el fruto pequeño del roble.
vi: quả sồi | Quả sồi là hạt nhỏ mọc trên cây sồi.
fr: gland | Le gland est le petit fruit du chêne.
de: Eichel | Eine Eichel ist die kleine Frucht der Eiche.

@log
en: log | A log is a thick piece of a fallen tree trunk.
ko: 통나무 | 통나무는 쓰러진 나무의 두꺼운 줄기 토막이에요.
ja: 丸太 | 丸太は、たおれた木のみきの、ふといかたまりです。
zh: 木头 | 大木头是倒下的树干的一截。
es: tronco | Un tronco es un trozo grueso de un árbol caído.
vi: khúc gỗ | Khúc gỗ là đoạn thân cây to bị đổ.
fr: tronc | Un tronc est le gros morceau d'un arbre tombé.
de: Baumstamm | Ein Baumstamm ist das dicke Stück eines umgefallenen Baumes.

@mushroom
en: mushroom | A mushroom is a little umbrella-shaped thing that grows in the forest; never eat one you find.
ko: 버섯 | 버섯은 숲에서 자라는 우산 모양의 것이에요. 주운 버섯은 절대 먹으면 안 돼요.
ja: きのこ | きのこは、森に生えるかさのような形のものです。見つけても、ぜったいに食べてはいけません。
zh: 蘑菇 | 蘑菇是长在森林里、像小伞一样的东西。捡到的蘑菇千万不能吃。
es: seta/setas | Una seta crece en el bosque y parece un paraguas; nunca comas una que encuentres.
vi: nấm | Nấm mọc trong rừng, trông như chiếc ô nhỏ; đừng bao giờ ăn nấm mình nhặt được.
fr: champignon/champignons | Un champignon pousse dans la forêt comme un petit parapluie ; il ne faut jamais le manger.
de: Pilz/Pilze | Ein Pilz wächst im Wald und sieht aus wie ein Schirmchen; gefundene Pilze isst man nie.

@umbrella
en: umbrella/umbrellas | An umbrella keeps you dry when it rains.
ko: 우산 | 우산은 비가 올 때 몸이 젖지 않게 해 줘요.
ja: かさ | かさは、雨の日にぬれないようにしてくれます。
zh: 雨伞/伞 | 雨伞能在下雨时让你不被淋湿。
es: paraguas | Un paraguas te protege de la lluvia.
vi: ô | Chiếc ô giúp mình không bị ướt khi trời mưa.
fr: parapluie/parapluies | Un parapluie protège de la pluie.
de: Regenschirm/Regenschirme | Ein Regenschirm hält dich trocken, wenn es regnet.

@apple
en: apple | An apple is a round, crunchy fruit that grows on a tree.
ko: 사과 | 사과는 나무에 열리는 동그랗고 아삭한 과일이에요.
ja: りんご | りんごは、木になる、まるくてシャリッとしたくだものです。
zh: 苹果 | 苹果是长在树上的又圆又脆的水果。
es: manzana/manzanas | La manzana es una fruta redonda y crujiente que crece en un árbol.
vi: táo | Táo là loại quả tròn, giòn mọc trên cây.
fr: pomme/pommes | La pomme est un fruit rond et croquant qui pousse sur un arbre.
de: Apfel/Äpfel/Äpfeln | Ein Apfel ist eine runde, knackige Frucht vom Baum.

@daisy
en: daisy/daisies | A daisy is a little white flower with a yellow middle.
ko: 데이지 | 데이지는 가운데가 노란 작고 하얀 꽃이에요.
ja: デイジー | デイジーは、まん中が黄色い、小さな白い花です。
zh: 雏菊 | 雏菊是中间黄黄的白色小花。
es: margarita/margaritas | La margarita es una florecita blanca con el centro amarillo.
vi: hoa cúc | Hoa cúc là bông hoa nhỏ màu trắng có nhụy vàng.
fr: marguerite/marguerites | La marguerite est une petite fleur blanche au cœur jaune.
de: Gänseblümchen | Ein Gänseblümchen ist eine kleine weiße Blume mit gelber Mitte.

@crown
en: crown | A crown is a ring worn on the head, like a king or queen.
ko: 왕관 | 왕관은 왕이나 여왕처럼 머리에 쓰는 둥근 장식이에요.
ja: かんむり | かんむりは、王さまやじょおうさまのように頭にかぶるものです。
zh: 花冠/冠 | 花冠是用花编成、戴在头上的冠，就像国王和王后戴的圆环。
es: corona | Una corona es un aro que se lleva en la cabeza, como los reyes.
vi: vương miện | Vương miện là vòng đội trên đầu, giống như vua và hoàng hậu.
fr: couronne | Une couronne se porte sur la tête, comme un roi ou une reine.
de: Krone | Eine Krone trägt man auf dem Kopf, wie ein König oder eine Königin.

@farm
en: farm | A farm is a place where people grow food and look after animals.
ko: 농장 | 농장은 먹을거리를 기르고 동물을 돌보는 곳이에요.
ja: ぼくじょう | ぼくじょうは、動物をそだてるところです。
zh: 农场 | 农场是种粮食、养动物的地方。
es: granja | Una granja es un lugar donde se cultivan alimentos y se cuidan animales.
vi: nông trại | Nông trại là nơi trồng trọt và chăm sóc các con vật.
fr: ferme | Une ferme est un endroit où l'on cultive et où l'on s'occupe des animaux.
de: Bauernhof | Auf einem Bauernhof wachsen Lebensmittel und leben Tiere.

@cow
en: cow/cows | A cow is a big farm animal that gives us milk.
ko: 소 | 소는 우유를 주는 커다란 농장 동물이에요.
ja: 牛 | 牛は、ミルクをくれる大きな動物です。
zh: 牛 | 奶牛是给我们牛奶的大型农场动物。
es: vaca/vacas | La vaca es un animal grande de la granja que nos da leche.
vi: bò | Bò là con vật to ở nông trại cho chúng ta sữa.
fr: vache/vaches | La vache est un gros animal de la ferme qui nous donne du lait.
de: Kuh/Kühe | Eine Kuh ist ein großes Tier auf dem Bauernhof, das uns Milch gibt.

@sheep
en: sheep | A sheep is a farm animal with a thick, woolly coat.
ko: 양 | 양은 두툼한 털옷을 입은 농장 동물이에요.
ja: ひつじ | ひつじは、ふかふかの毛につつまれた動物です。
zh: 羊 | 绵羊是长着厚厚羊毛的农场动物。
es: oveja/ovejas | La oveja es un animal de granja con mucha lana.
vi: cừu | Cừu là con vật ở nông trại có bộ lông dày và xoăn.
fr: mouton/moutons | Le mouton est un animal de la ferme avec une épaisse laine.
de: Schaf/Schafe | Ein Schaf ist ein Tier auf dem Bauernhof mit dicker Wolle.

@windmill
en: windmill | A windmill has big arms that the wind turns round and round.
ko: 풍차 | 풍차는 바람이 불면 커다란 날개가 빙글빙글 돌아가요.
ja: 風車 | 風車は、風で大きなはねがくるくるまわるたてものです。
zh: 风车 | 风车有大大的翅膀，风一吹就转起来。
es: molino de viento | Un molino de viento tiene grandes aspas que el viento hace girar.
vi: cối xay gió | Cối xay gió có những cánh quạt to quay tròn nhờ gió.
fr: moulin à vent | Un moulin à vent a de grandes ailes que le vent fait tourner.
de: Windmühle | Eine Windmühle hat große Flügel, die der Wind dreht.

@riddle
en: riddle | A riddle is a funny question with a clever answer.
ko: 수수께끼 | 수수께끼는 재치 있는 답이 숨어 있는 재미있는 질문이에요.
ja: なぞなぞ | なぞなぞは、とんちのきいたこたえがある、おもしろいしつもんです。
zh: 谜语 | 谜语是答案很巧妙的有趣问题。
es: adivinanza | Una adivinanza es una pregunta divertida con una respuesta ingeniosa.
vi: câu đố | Câu đố là câu hỏi vui có lời giải thông minh.
fr: devinette | Une devinette est une question amusante avec une réponse maligne.
de: Rätsel | Ein Rätsel ist eine lustige Frage mit einer schlauen Antwort.

@clock
en: clock | A clock shows us what time it is.
ko: 시계 | 시계는 지금이 몇 시인지 알려 줘요.
ja: とけい | とけいは、いま何時かをおしえてくれます。
zh: 钟表 | 钟表告诉我们现在几点了。
es: reloj | Un reloj nos dice qué hora es.
vi: đồng hồ | Đồng hồ cho mình biết bây giờ là mấy giờ.
fr: horloge | Une horloge nous montre l'heure.
de: Uhr | Eine Uhr zeigt uns, wie spät es ist.

@rain
en: rain | Rain is water that falls from the clouds in drops.
ko: 비 | 비는 구름에서 방울방울 떨어지는 물이에요.
ja: 雨 | 雨は、雲から水のつぶがふってくることです。
zh: 雨 | 雨是从云里一滴一滴落下来的水。
es: lluvia | La lluvia es agua que cae de las nubes en gotas.
vi: mưa | Mưa là những giọt nước rơi xuống từ mây.
fr: pluie | La pluie, c'est de l'eau qui tombe des nuages en gouttes.
de: Regen | Regen ist Wasser, das in Tropfen aus den Wolken fällt.

@puddle
en: puddle/puddles | A puddle is a little pool of rainwater on the ground.
ko: 웅덩이 | 웅덩이는 땅에 빗물이 고인 작은 물웅덩이예요.
ja: 水たまり | 水たまりは、地面にたまった雨水です。
zh: 水坑 | 水坑是地上积起来的一小片雨水。
es: charco/charcos | Un charco es un poco de agua de lluvia en el suelo.
vi: vũng nước | Vũng nước là chỗ nước mưa đọng lại trên mặt đất.
fr: flaque/flaques | Une flaque est une petite mare d'eau de pluie par terre.
de: Pfütze/Pfützen | Eine Pfütze ist ein bisschen Regenwasser auf dem Boden.

@fish
en: fish | A fish lives in water and swims with its fins.
ko: 물고기 | 물고기는 물속에 살면서 지느러미로 헤엄쳐요.
ja: 魚 | 魚は、水の中にすんで、ひれでおよぎます。
zh: 鱼 | 鱼生活在水里，用鳍游泳。
es: pez/peces | Un pez vive en el agua y nada con sus aletas, como todos los peces.
vi: cá | Cá sống dưới nước và bơi bằng vây.
fr: poisson/poissons | Un poisson vit dans l'eau et nage avec ses nageoires.
de: Fisch/Fische | Ein Fisch lebt im Wasser und schwimmt mit seinen Flossen.

@step
en: step/steps | A step is one movement of your foot when you walk.
ko: 걸음 | 걸음은 걸을 때 발을 한 번 옮기는 거예요.
ja: 一歩/歩 | 一歩は、歩くときに足を一回前に出すことです。
zh: 步 | 一步就是走路时脚往前迈一次。
es: paso/pasos | Un paso es mover el pie una vez al andar.
vi: bước | Bước là mỗi lần mình nhấc chân đi tới.
fr: pas | Un pas, c'est un mouvement du pied quand on marche.
de: Schritt/Schritte | Ein Schritt ist eine Bewegung des Fußes beim Gehen.

@hundred
en: hundred | One hundred is ten times ten: 100.
ko: 백 | 백은 열을 열 번 더한 수, 100이에요.
ja: 百 | 百は、十が十こあつまった数、100です。
zh: 百 | 一百就是十个十，也就是100。
es: cien | Cien es diez veces diez: 100.
vi: trăm | Một trăm là mười lần mười: 100.
fr: cent | Cent, c'est dix fois dix : 100.
de: hundert | Hundert ist zehnmal zehn: 100.

@hedgehog
en: hedgehog | A hedgehog is a small animal covered in prickly spines.
ko: 고슴도치 | 고슴도치는 뾰족한 가시로 덮인 작은 동물이에요.
ja: ハリネズミ | ハリネズミは、とげとげのはりにおおわれた小さな動物です。
zh: 刺猬 | 刺猬是身上长满尖刺的小动物。
es: erizo | El erizo es un animalito cubierto de púas.
vi: nhím | Nhím là con vật nhỏ có bộ lông gai nhọn.
fr: hérisson | Le hérisson est un petit animal couvert de piquants.
de: Igel | Ein Igel ist ein kleines Tier voller Stacheln.

@footprint
en: footprint/footprints | A footprint is the mark your foot leaves on the ground.
ko: 발자국 | 발자국은 땅에 남은 발 모양이에요.
ja: 足あと | 足あとは、地面にのこった足の形です。
zh: 脚印 | 脚印是脚踩在地上留下的痕迹。
es: huella/huellas | Una huella es la marca que deja tu pie en el suelo.
vi: dấu chân | Dấu chân là vết chân để lại trên mặt đất.
fr: empreinte/empreintes | Une empreinte, c'est la trace que laisse ton pied par terre.
de: Fußspur/Fußspuren | Eine Fußspur ist der Abdruck, den dein Fuß auf dem Boden hinterlässt.

@cave
en: cave | A cave is a big hole in the side of a hill or under the ground.
ko: 동굴 | 동굴은 산이나 땅속에 뚫린 커다란 굴이에요.
ja: どうくつ | どうくつは、山や地面の中にある大きなあなです。
zh: 山洞 | 山洞是山里或地下的大洞。
es: cueva | Una cueva es un agujero grande en una montaña o bajo tierra.
vi: hang | Hang là cái lỗ lớn trong núi hoặc dưới lòng đất.
fr: grotte | Une grotte est un grand trou dans la montagne ou sous la terre.
de: Höhle | Eine Höhle ist ein großes Loch im Berg oder unter der Erde.

@echo
en: echo | An echo is a sound that bounces back so you hear it again.
ko: 메아리 | 메아리는 소리가 부딪혀 되돌아와서 다시 들리는 거예요.
ja: こだま | こだまは、声がはねかえって、もう一度聞こえることです。
zh: 回声 | 回声是声音碰到东西弹回来，让你又听到一遍。
es: eco | El eco es un sonido que rebota y vuelves a oír.
vi: tiếng vọng | Tiếng vọng là âm thanh dội lại để mình nghe thêm lần nữa.
fr: écho | L'écho est un son qui rebondit et qu'on entend une deuxième fois.
de: Echo | Ein Echo ist ein Ton, der zurückprallt, sodass du ihn noch einmal hörst.

@nose
en: nose/noses | Your nose is in the middle of your face; you breathe and smell with it.
ko: 코 | 코는 얼굴 한가운데 있어서 숨 쉬고 냄새를 맡게 해 줘요.
ja: はな | はなは、顔のまん中にあって、いきをしたり、においをかいだりします。
zh: 鼻子 | 鼻子长在脸的中间，用来呼吸和闻味道。
es: nariz | La nariz está en medio de la cara; con ella respiras y hueles.
vi: mũi | Mũi ở giữa khuôn mặt, giúp mình thở và ngửi.
fr: nez | Le nez est au milieu du visage ; on respire et on sent avec.
de: Nase/Nasen | Die Nase ist mitten im Gesicht; mit ihr atmest und riechst du.

@castle
en: castle | A castle is a big old stone building with towers and thick walls.
ko: 성 | 성은 탑과 두꺼운 벽이 있는 커다랗고 오래된 돌 건물이에요.
ja: おしろ | おしろは、とうとあついかべがある、大きくて古い石のたてものです。
zh: 城堡 | 城堡是有塔楼和厚墙的古老的大石头房子。
es: castillo | Un castillo es un gran edificio antiguo de piedra con torres y muros gruesos.
vi: lâu đài | Lâu đài là tòa nhà đá to và cổ có tháp và tường dày.
fr: château | Un château est un grand bâtiment ancien en pierre, avec des tours.
de: Burg | Eine Burg ist ein großes altes Steingebäude mit Türmen und dicken Mauern.

@tower
en: tower/towers | A tower is a tall, narrow building or part of a castle.
ko: 탑 | 탑은 높고 좁게 솟은 건물이나 성의 한 부분이에요.
ja: とう | とうは、高くてほそいたてものや、おしろの一部です。
zh: 塔楼 | 塔楼是又高又窄的建筑，常常是城堡的一部分。
es: torre/torres | Una torre es un edificio alto y estrecho, como el de un castillo.
vi: tháp | Tháp là công trình cao và hẹp, thường có ở lâu đài.
fr: tour/tours | Une tour est une construction haute et étroite, comme dans un château.
de: Turm/Türmen/Türme | Ein Turm ist ein hohes, schmales Bauwerk, zum Beispiel an einer Burg.

@crab
en: crab | A crab is a sea animal with claws that walks sideways.
ko: 게 | 게는 집게발이 있고 옆으로 걷는 바다 동물이에요.
ja: カニ | カニは、はさみがあって、よこに歩く海の生きものです。
zh: 螃蟹 | 螃蟹是有大钳子、横着走路的海洋动物。
es: cangrejo | El cangrejo es un animal del mar con pinzas que camina de lado.
vi: cua | Cua là con vật biển có càng và bò ngang.
fr: crabe | Le crabe est un animal de la mer avec des pinces, qui marche de côté.
de: Krabbe | Eine Krabbe ist ein Meerestier mit Scheren, das seitwärts läuft.

@sand
en: sand | Sand is made of tiny grains, like on the beach.
ko: 모래 | 모래는 바닷가에 있는 것처럼 아주 작은 알갱이로 되어 있어요.
ja: すな | すなは、はまべにあるような、とても小さなつぶです。
zh: 沙 | 沙子是海滩上那种小小的颗粒。
es: arena | La arena está hecha de granitos diminutos, como en la playa.
vi: cát | Cát là những hạt nhỏ li ti như ở bãi biển.
fr: sable | Le sable est fait de minuscules grains, comme sur la plage.
de: Sand | Sand besteht aus winzigen Körnchen, wie am Strand.

@sandcastle
en: sandcastle/sandcastles | A sandcastle is a little castle you build from wet sand.
ko: 모래성 | 모래성은 젖은 모래로 쌓은 작은 성이에요.
ja: すなのおしろ | すなのおしろは、しめったすなでつくる小さなおしろです。
zh: 沙堡 | 沙堡是用湿沙子堆成的小城堡。
es: castillo de arena/castillos de arena | Un castillo de arena se construye con arena mojada.
vi: lâu đài cát | Lâu đài cát là tòa lâu đài nhỏ xây bằng cát ướt.
fr: château de sable/châteaux de sable | Un château de sable se construit avec du sable mouillé.
de: Sandburg/Sandburgen | Eine Sandburg baut man aus nassem Sand.

@starfish
en: starfish | A starfish is a sea animal shaped like a star.
ko: 불가사리 | 불가사리는 별 모양을 한 바다 동물이에요.
ja: ヒトデ | ヒトデは、星の形をした海の生きものです。
zh: 海星 | 海星是长得像星星的海洋动物。
es: estrella de mar | La estrella de mar es un animal marino con forma de estrella.
vi: sao biển | Sao biển là con vật biển có hình ngôi sao.
fr: étoile de mer | L'étoile de mer est un animal marin en forme d'étoile.
de: Seestern | Ein Seestern ist ein Meerestier, das wie ein Stern aussieht.

@snail
en: snail | A snail is a slow little animal that carries its shell on its back.
ko: 달팽이 | 달팽이는 등에 껍데기를 지고 다니는 느릿느릿한 작은 동물이에요.
ja: まきがい | まきがいは、うずまきのからをもった、ゆっくりうごく生きものです。
zh: 蜗牛 | 蜗牛是背着壳、慢慢爬的小动物。
es: caracol | El caracol es un animalito lento que lleva su concha a cuestas.
vi: ốc | Ốc là con vật nhỏ chậm chạp mang chiếc vỏ trên lưng.
fr: escargot | L'escargot est un petit animal lent qui porte sa coquille sur le dos.
de: Schnecke | Eine Schnecke ist ein langsames Tierchen, das sein Haus auf dem Rücken trägt.

@coral
en: coral | Coral is made by tiny sea animals and looks like colorful underwater plants.
ko: 산호 | 산호는 작은 바다 생물이 만든 것으로, 바닷속의 알록달록한 식물처럼 보여요.
ja: サンゴ | サンゴは、小さな海の生きものがつくったもので、色とりどりの海の植物のように見えます。
zh: 珊瑚 | 珊瑚是小小的海洋生物造出来的，看起来像海底五颜六色的植物。
es: coral/corales | El coral lo forman animalitos marinos y parece una planta de colores bajo el agua.
vi: san hô | San hô do những sinh vật biển nhỏ tạo nên, trông như cây cối nhiều màu dưới nước.
fr: corail/coraux | Le corail est fait par de minuscules animaux marins ; les coraux ressemblent à des plantes colorées.
de: Koralle/Korallen | Korallen werden von winzigen Meerestieren gebaut und sehen aus wie bunte Unterwasserpflanzen.

@octopus
en: octopus | An octopus is a sea animal with eight long arms.
ko: 문어 | 문어는 긴 다리가 여덟 개 달린 바다 동물이에요.
ja: タコ | タコは、長い足が八本ある海の生きものです。
zh: 章鱼 | 章鱼是有八条长腿的海洋动物。
es: pulpo | El pulpo es un animal marino con ocho brazos largos.
vi: bạch tuộc | Bạch tuộc là con vật biển có tám cái tay dài.
fr: pieuvre | La pieuvre est un animal marin avec huit longs bras.
de: Krake | Ein Krake ist ein Meerestier mit acht langen Armen.

@eight
en: eight | Eight is the number that comes after seven: 8.
ko: 여덟 | 여덟은 일곱 다음에 오는 수, 8이에요.
ja: 八 | 八は、七のつぎの数、8です。
zh: 八 | 八是七后面的数字：8。
es: ocho | Ocho es el número que va después del siete: 8.
vi: tám | Tám là số đứng sau số bảy: 8.
fr: huit | Huit est le nombre qui vient après sept : 8.
de: acht | Acht ist die Zahl nach sieben: 8.

@ribbon
en: ribbon/ribbons | A ribbon is a long, thin strip of pretty cloth.
ko: 리본 | 리본은 길고 가느다란 예쁜 천이에요.
ja: リボン | リボンは、長くてほそい、きれいなぬのです。
zh: 丝带 | 丝带是又长又细的漂亮布条。
es: cinta/cintas | Una cinta es una tira larga y fina de tela bonita.
vi: ruy băng | Ruy băng là dải vải dài, mảnh và xinh xắn.
fr: ruban/rubans | Un ruban est une longue bande de tissu joli.
de: Band/Bänder | Ein Band ist ein langer, schmaler Streifen aus hübschem Stoff.

@seahorse
en: seahorse/seahorses | A seahorse is a tiny fish whose head looks like a horse.
ko: 해마 | 해마는 머리가 말처럼 생긴 작은 물고기예요.
ja: タツノオトシゴ | タツノオトシゴは、頭が馬のような形をした小さな魚です。
zh: 海马 | 海马是头长得像马的小鱼。
es: caballito de mar/caballitos de mar | El caballito de mar es un pez pequeño con cabeza de caballo.
vi: cá ngựa | Cá ngựa là chú cá nhỏ có cái đầu giống con ngựa.
fr: hippocampe/hippocampes | L'hippocampe est un petit poisson dont la tête ressemble à celle d'un cheval.
de: Seepferdchen | Ein Seepferdchen ist ein kleiner Fisch mit einem Kopf wie ein Pferd.

@merry-go-round
en: merry-go-round | A merry-go-round is a ride with horses that go round and round.
ko: 회전목마 | 회전목마는 말들이 빙글빙글 돌아가는 놀이기구예요.
ja: メリーゴーランド | メリーゴーランドは、馬がくるくるまわるのりものです。
zh: 旋转木马 | 旋转木马是载着木马转呀转的游乐设施。
es: tiovivo | El tiovivo es una atracción con caballitos que dan vueltas.
vi: vòng quay ngựa gỗ | Vòng quay ngựa gỗ là trò chơi có những chú ngựa quay vòng vòng.
fr: manège | Un manège est une attraction avec des chevaux de bois qui tournent.
de: Karussell | Ein Karussell ist ein Fahrgeschäft mit Pferdchen, die sich im Kreis drehen.

@ship
en: ship | A ship is a very big boat that sails on the sea.
ko: 배 | 배는 바다 위를 다니는 아주 큰 탈것이에요.
ja: 船 | 船は、海をすすむ、とても大きなのりものです。
zh: 船 | 船是在海上航行的交通工具。
es: barco | Un barco es una embarcación grande que navega por el mar.
vi: tàu | Con tàu là chiếc thuyền rất lớn đi trên biển.
fr: bateau | Un bateau navigue sur la mer.
de: Schiff | Ein Schiff ist ein sehr großes Boot, das über das Meer fährt.

@dolphin
en: dolphin/dolphins | A dolphin is a smart, playful sea animal that loves to jump.
ko: 돌고래 | 돌고래는 똑똑하고 장난을 좋아하며 점프를 잘하는 바다 동물이에요.
ja: イルカ | イルカは、かしこくてあそぶのが大すきな、ジャンプがとくいな海の動物です。
zh: 海豚 | 海豚是聪明爱玩、喜欢跳出水面的海洋动物。
es: delfín/delfines | El delfín es un animal marino listo y juguetón al que le encanta saltar.
vi: cá heo | Cá heo là con vật biển thông minh, thích nô đùa và nhảy lên khỏi mặt nước.
fr: dauphin/dauphins | Le dauphin est un animal marin intelligent et joueur qui adore sauter.
de: Delfin/Delfine | Ein Delfin ist ein kluges, verspieltes Meerestier, das gern springt.

@race
en: race | A race is when everyone tries to be the fastest.
ko: 경주 | 경주는 누가 가장 빠른지 겨루는 거예요.
ja: きょうそう | きょうそうは、だれがいちばんはやいかをくらべることです。
zh: 比赛 | 比赛就是大家比一比谁最快。
es: carrera | Una carrera es cuando todos intentan ser los más rápidos.
vi: thi bơi/cuộc đua | Thi bơi là một cuộc đua: cùng nhau xem ai bơi nhanh nhất.
fr: course | Une course, c'est quand chacun essaie d'aller le plus vite.
de: Wettrennen | Bei einem Wettrennen will jeder der Schnellste sein.

@astronaut
en: astronaut | An astronaut is a person who travels into space.
ko: 우주 비행사 | 우주 비행사는 우주로 여행하는 사람이에요.
ja: うちゅうひこうし | うちゅうひこうしは、宇宙へ行く人です。
zh: 宇航员 | 宇航员是去太空旅行的人。
es: astronauta | Un astronauta es una persona que viaja al espacio.
vi: nhà du hành | Nhà du hành vũ trụ là người bay vào vũ trụ.
fr: astronaute | Un astronaute est une personne qui voyage dans l'espace.
de: Astronautin/Astronaut | Eine Astronautin oder ein Astronaut ist ein Mensch, der ins Weltall fliegt.

@space
en: space | Space is the huge, dark place beyond the sky where the planets and stars are.
ko: 우주 | 우주는 하늘 너머 행성과 별이 있는 아주 넓고 어두운 곳이에요.
ja: 宇宙 | 宇宙は、空のずっとむこうにある、星やわくせいがある広いところです。
zh: 太空 | 太空是天空外面有行星和星星的又大又黑的地方。
es: espacio | El espacio es el lugar enorme y oscuro, más allá del cielo, donde están los planetas.
vi: vũ trụ | Vũ trụ là nơi rộng lớn, tối thẳm ở bên ngoài bầu trời, có các hành tinh và vì sao.
fr: espace | L'espace est l'immense endroit sombre au-delà du ciel, où sont les planètes.
de: Weltraum | Der Weltraum ist der riesige dunkle Raum hinter dem Himmel, wo Planeten und Sterne sind.

@picture
en: picture/pictures | A picture is an image, like a drawing or a painting.
ko: 그림 | 그림은 손으로 그리거나 색칠한 모습이에요.
ja: 絵 | 絵は、かいたり、色をぬったりしたものです。
zh: 图画 | 图画是画出来的东西。
es: dibujo/dibujos | Un dibujo es una imagen hecha con lápices o pinturas.
vi: bức tranh/tranh | Bức tranh là hình được vẽ hoặc tô màu.
fr: image/images | Une image, c'est un dessin ou une peinture.
de: Bild/Bilder | Ein Bild ist eine Zeichnung oder ein Gemälde.

@crater
en: crater/craters | A crater is a big round hollow, like the ones on the moon.
ko: 분화구 | 분화구는 달에 있는 것처럼 크고 둥글게 움푹 팬 곳이에요.
ja: クレーター | クレーターは、月にあるような、大きくまるくくぼんだところです。
zh: 陨石坑 | 陨石坑是像月亮上那样又大又圆的坑。
es: cráter/cráteres | Un cráter es un hueco grande y redondo, como los de la luna.
vi: miệng hố | Miệng hố là chỗ lõm tròn và to, giống như trên mặt trăng.
fr: cratère/cratères | Un cratère est un grand creux rond, comme ceux de la lune.
de: Krater | Ein Krater ist eine große runde Mulde, wie auf dem Mond.

@milky_way
en: Milky Way | The Milky Way is a long, shining band of stars across the night sky.
ko: 은하수 | 은하수는 밤하늘을 가로지르는 길고 반짝이는 별의 띠예요.
ja: 天の川 | 天の川は、夜空にながれる、長くかがやく星のおびです。
zh: 银河 | 银河是横跨夜空的一条长长的、亮晶晶的星带。
es: Vía Láctea | La Vía Láctea es una larga franja de estrellas brillantes en el cielo nocturno.
vi: Dải Ngân Hà | Dải Ngân Hà là dải sao dài lấp lánh vắt ngang bầu trời đêm.
fr: Voie lactée | La Voie lactée est une longue bande d'étoiles brillantes dans le ciel de nuit.
de: Milchstraße | Die Milchstraße ist ein langes, leuchtendes Band aus Sternen am Nachthimmel.

@comet
en: comet | A comet is a ball of ice and dust with a long glowing tail.
ko: 혜성 | 혜성은 길게 빛나는 꼬리를 단 얼음과 먼지 덩어리예요.
ja: ほうき星 | ほうき星は、長くひかるしっぽをもった、こおりとちりのかたまりです。
zh: 彗星 | 彗星是拖着长长发光尾巴的冰和尘埃球。
es: cometa | Un cometa es una bola de hielo y polvo con una larga cola brillante.
vi: sao chổi | Sao chổi là khối băng và bụi có chiếc đuôi dài phát sáng.
fr: comète | Une comète est une boule de glace et de poussière avec une longue queue brillante.
de: Komet | Ein Komet ist ein Ball aus Eis und Staub mit einem langen, leuchtenden Schweif.

@tail
en: tail | A tail is the long part at the back of an animal or a comet.
ko: 꼬리 | 꼬리는 동물이나 혜성의 뒤쪽에 길게 달린 부분이에요.
ja: しっぽ | しっぽは、動物やほうき星のうしろにある、長い部分です。
zh: 尾巴 | 尾巴是动物或彗星后面长长的部分。
es: cola | La cola es la parte larga de atrás de un animal o de un cometa.
vi: đuôi | Đuôi là phần dài ở phía sau của con vật hay sao chổi.
fr: queue | La queue est la longue partie à l'arrière d'un animal ou d'une comète.
de: Schweif/Schwanz | Der Schweif oder Schwanz ist der lange hintere Teil eines Kometen oder Tieres.

@stardust
en: stardust | Stardust is tiny sparkly dust from the stars.
ko: 별가루 | 별가루는 별에서 떨어진 반짝이는 작은 가루예요.
ja: 星のこな | 星のこなは、星からふってくる、きらきらの小さなこなです。
zh: 星尘 | 星尘是从星星上落下来的亮晶晶的小灰尘。
es: polvo de estrellas | El polvo de estrellas es un polvito brillante que viene de las estrellas.
vi: bụi sao | Bụi sao là bụi lấp lánh tí xíu từ các vì sao.
fr: poussière d'étoiles | La poussière d'étoiles est une poudre scintillante venue des étoiles.
de: Sternenstaub | Sternenstaub ist winziger glitzernder Staub von den Sternen.

@hand
en: hand/handful | Your hand is at the end of your arm; you hold things with it.
ko: 손 | 손은 팔 끝에 있어서 물건을 잡을 수 있어요.
ja: 手 | 手は、うでの先にあって、ものをつかむことができます。
zh: 手 | 手长在胳膊的末端，可以拿东西。
es: mano | La mano está al final del brazo; con ella agarras cosas.
vi: tay | Bàn tay ở cuối cánh tay, giúp mình cầm nắm đồ vật.
fr: main | La main est au bout du bras ; on attrape des choses avec.
de: Hand | Die Hand ist am Ende deines Arms; mit ihr hältst du Dinge fest.

@planet
en: planet | A planet is a huge round world that travels around a star, like our Earth.
ko: 행성 | 행성은 지구처럼 별 둘레를 도는 커다랗고 둥근 세상이에요.
ja: わくせい | わくせいは、地球のように、星のまわりをまわる大きなまるい世界です。
zh: 星球 | 星球是像地球一样绕着恒星转的巨大圆球。
es: planeta | Un planeta es un mundo redondo enorme que gira alrededor de una estrella, como la Tierra.
vi: hành tinh | Hành tinh là một thế giới tròn khổng lồ quay quanh một ngôi sao, giống như Trái Đất.
fr: planète | Une planète est un énorme monde rond qui tourne autour d'une étoile, comme la Terre.
de: Planet/Planeten | Ein Planet ist eine riesige runde Welt, die um einen Stern kreist, wie die Erde.

@ring
en: ring/rings | A ring is a round band, like the rings around some planets.
ko: 고리 | 고리는 어떤 행성 둘레에 있는 것 같은 둥근 띠예요.
ja: わっか | わっかは、あるわくせいのまわりにあるような、まるいおびです。
zh: 光环/环 | 光环是像一些行星周围那样的圆圆的带子。
es: anillo/anillos | Un anillo es una banda redonda, como las que rodean algunos planetas.
vi: vòng | Vòng là dải tròn, giống như quanh một số hành tinh.
fr: anneau/anneaux | Un anneau est une bande ronde, comme autour de certaines planètes.
de: Ring/Ringe/Ringen | Ein Ring ist ein rundes Band, wie um manche Planeten.

@dragon
en: dragon | A dragon is a magical creature from stories, with wings and a long tail.
ko: 용 | 용은 날개와 긴 꼬리를 가진, 이야기 속의 신비한 동물이에요.
ja: ドラゴン | ドラゴンは、つばさと長いしっぽをもつ、お話の中のふしぎな生きものです。
zh: 龙 | 龙是故事里有翅膀和长尾巴的神奇动物。
es: dragón | Un dragón es un ser mágico de los cuentos, con alas y una cola larga.
vi: rồng | Rồng là con vật kỳ diệu trong truyện, có cánh và đuôi dài.
fr: dragon | Le dragon est une créature magique des contes, avec des ailes et une longue queue.
de: Drache/Drachen | Ein Drache ist ein Zauberwesen aus Geschichten, mit Flügeln und langem Schwanz.

@cat
en: cat | A cat is a soft furry pet that purrs when it is happy.
ko: 고양이 | 고양이는 기분이 좋으면 가르릉거리는 보드라운 동물이에요.
ja: ねこ | ねこは、うれしいとのどをゴロゴロならす、ふわふわの動物です。
zh: 猫 | 猫是开心时会呼噜呼噜的毛茸茸的宠物。
es: gatito | Un gatito es un gato pequeño y suave que ronronea cuando está contento.
vi: mèo | Mèo là con vật lông mềm, kêu rừ rừ khi vui.
fr: chat | Le chat est un animal tout doux qui ronronne quand il est content.
de: Katze | Eine Katze ist ein weiches Haustier, das schnurrt, wenn es sich freut.

@dog
en: dog | A dog is a friendly pet that wags its tail.
ko: 강아지 | 강아지는 꼬리를 살랑살랑 흔드는 다정한 동물이에요.
ja: いぬ | いぬは、しっぽをふる、人なつっこい動物です。
zh: 狗 | 小狗是会摇尾巴的友好宠物。
es: perrito | Un perrito es un perro pequeño y cariñoso que mueve la cola.
vi: cún | Cún con là chú chó nhỏ thân thiện hay vẫy đuôi.
fr: chien | Le chien est un animal gentil qui remue la queue.
de: Hund | Ein Hund ist ein freundliches Haustier, das mit dem Schwanz wedelt.

@rabbit
en: rabbit | A rabbit is a small animal with long ears that hops.
ko: 토끼 | 토끼는 귀가 길고 깡충깡충 뛰는 작은 동물이에요.
ja: うさぎ | うさぎは、長い耳をもち、ぴょんぴょんはねる小さな動物です。
zh: 兔子 | 兔子是长着长耳朵、蹦蹦跳跳的小动物。
es: conejito | Un conejito es un animal pequeño de orejas largas que da saltos.
vi: thỏ | Thỏ là con vật nhỏ tai dài, đi bằng cách nhảy.
fr: lapin | Le lapin est un petit animal aux longues oreilles qui fait des bonds.
de: Hase/Hasen | Ein Hase ist ein kleines Tier mit langen Ohren, das hoppelt.

@bear
en: bear | A bear is a big furry animal that loves honey.
ko: 곰 | 곰은 꿀을 좋아하는 털이 복슬복슬한 커다란 동물이에요.
ja: くま | くまは、はちみつが大すきな、毛むくじゃらの大きな動物です。
zh: 熊 | 熊是爱吃蜂蜜、毛茸茸的大动物。
es: osito | Un osito es un oso pequeño, peludo, al que le encanta la miel.
vi: gấu | Gấu là con vật to, lông xù, rất thích mật ong.
fr: ours | L'ours est un gros animal poilu qui adore le miel.
de: Bär/Bären | Ein Bär ist ein großes, pelziges Tier, das Honig liebt.

@fox
en: fox | A fox is a clever animal with red fur and a fluffy tail.
ko: 여우 | 여우는 붉은 털과 복슬복슬한 꼬리를 가진 영리한 동물이에요.
ja: きつね | きつねは、赤茶色の毛とふさふさのしっぽをもつ、かしこい動物です。
zh: 狐狸 | 狐狸是有红色皮毛和蓬松尾巴的聪明动物。
es: zorrito | Un zorrito es un zorro pequeño, listo, de pelo rojizo y cola peluda.
vi: cáo | Cáo là con vật thông minh có bộ lông đỏ và chiếc đuôi xù.
fr: renard | Le renard est un animal malin au pelage roux et à la queue touffue.
de: Fuchs | Ein Fuchs ist ein kluges Tier mit rotem Fell und buschigem Schwanz.

@bird
en: bird | A bird has feathers and wings, and most birds can fly.
ko: 새 | 새는 깃털과 날개가 있고, 대부분 하늘을 날 수 있어요.
ja: 小鳥/鳥 | 鳥は、はねとつばさがあって、たいてい空をとべます。小さな鳥を小鳥といいます。
zh: 鸟 | 鸟有羽毛和翅膀，大多数鸟会飞。
es: pajarito | Un pajarito es un pájaro pequeño con plumas y alas que puede volar.
vi: chim | Chim có lông vũ và đôi cánh, hầu hết đều biết bay.
fr: oiseau | L'oiseau a des plumes et des ailes, et la plupart savent voler.
de: Vogel | Ein Vogel hat Federn und Flügel, und die meisten Vögel können fliegen.

@owl
en: owl | An owl is a bird with big round eyes that is awake at night.
ko: 부엉이 | 부엉이는 크고 동그란 눈을 가진, 밤에 깨어 있는 새예요.
ja: ふくろう | ふくろうは、大きなまるい目をした、夜におきている鳥です。
zh: 猫头鹰 | 猫头鹰是长着又大又圆的眼睛、晚上醒着的鸟。
es: búho | El búho es un pájaro de ojos grandes y redondos que está despierto de noche.
vi: cú mèo | Cú mèo là loài chim có đôi mắt to tròn, thức vào ban đêm.
fr: hibou | Le hibou est un oiseau aux grands yeux ronds qui veille la nuit.
de: Eule | Eine Eule ist ein Vogel mit großen runden Augen, der nachts wach ist.

@unicorn
en: unicorn | A unicorn is a magical horse with one horn on its head.
ko: 유니콘 | 유니콘은 머리에 뿔이 하나 달린 마법의 말이에요.
ja: ユニコーン | ユニコーンは、頭に一本のつのがある、まほうの馬です。
zh: 独角兽 | 独角兽是头上长着一只角的神奇的马。
es: unicornio | Un unicornio es un caballo mágico con un cuerno en la cabeza.
vi: kỳ lân | Kỳ lân là chú ngựa thần kỳ có một chiếc sừng trên đầu.
fr: licorne | La licorne est un cheval magique avec une corne sur la tête.
de: Einhorn | Ein Einhorn ist ein Zauberpferd mit einem Horn auf dem Kopf.

@dinosaur
en: dinosaur | A dinosaur is an animal that lived a very long time ago.
ko: 공룡 | 공룡은 아주아주 오래전에 살았던 동물이에요.
ja: きょうりゅう | きょうりゅうは、ずっとずっとむかしに生きていた動物です。
zh: 恐龙 | 恐龙是很久很久以前生活的动物。
es: dinosaurio | Un dinosaurio es un animal que vivió hace muchísimo tiempo.
vi: khủng long | Khủng long là loài vật sống từ rất rất lâu rồi.
fr: dinosaure | Le dinosaure est un animal qui vivait il y a très, très longtemps.
de: Dinosaurier | Ein Dinosaurier ist ein Tier, das vor sehr langer Zeit gelebt hat.

@turtle
en: turtle | A turtle is a slow animal that carries a hard shell on its back.
ko: 거북이 | 거북이는 등에 단단한 등딱지를 진 느릿느릿한 동물이에요.
ja: かめ | かめは、せなかにかたいこうらをもった、ゆっくりした動物です。
zh: 乌龟 | 乌龟是背着硬壳、慢吞吞的动物。
es: tortuguita | Una tortuguita es una tortuga pequeña que lleva un caparazón duro.
vi: rùa | Rùa là con vật chậm chạp mang mai cứng trên lưng.
fr: tortue | La tortue est un animal lent qui porte une carapace dure sur le dos.
de: Schildkröte | Eine Schildkröte ist ein langsames Tier mit einem harten Panzer auf dem Rücken.

@whale
en: whale | A whale is the biggest animal in the sea, and it sings deep songs.
ko: 고래 | 고래는 바다에서 가장 큰 동물이고, 낮은 소리로 노래해요.
ja: くじら | くじらは、海でいちばん大きな動物で、ひくい声で歌います。
zh: 鲸鱼 | 鲸鱼是大海里最大的动物，会唱低沉的歌。
es: ballena | La ballena es el animal más grande del mar y canta con voz grave.
vi: cá voi | Cá voi là con vật lớn nhất dưới biển và biết hát những bài trầm ấm.
fr: baleine | La baleine est le plus grand animal de la mer, et elle chante des chants graves.
de: Wal | Der Wal ist das größte Tier im Meer und singt tiefe Lieder.

@robot
en: robot | A robot is a machine that can move and help people.
ko: 로봇 | 로봇은 움직이면서 사람을 도울 수 있는 기계예요.
ja: ロボット | ロボットは、うごいて人をたすけることができる機械です。
zh: 机器人 | 机器人是能动、能帮助人的机器。
es: robot | Un robot es una máquina que se mueve y ayuda a las personas.
vi: rô-bốt | Rô-bốt là cỗ máy biết cử động và giúp đỡ con người.
fr: robot | Un robot est une machine qui bouge et aide les gens.
de: Roboter | Ein Roboter ist eine Maschine, die sich bewegen und Menschen helfen kann.
"""
