# ruff: noqa: E501
"""Who is in the story: companion species, their skills, and the themes' plot layouts.

Keywords recognise a companion or a theme in free text written in any of the eight
languages. A keyword starting with `=` is a short Korean word that only counts on its own
(followed by a particle or a space), so `용` (dragon) does not fire inside `용기` (courage).
"""

from __future__ import annotations

from story_service.writers.composer_data.model import Species, ThemeSpec


def _species(
    key: str,
    names: tuple[str, str, str],
    scene: str,
    keywords: str,
    *,
    en: tuple[str, str],
    ko: str,
    ja: str,
    zh: tuple[str, str],
    es: tuple[str, str, str, str, str],
    vi: tuple[str, str],
    fr: tuple[str, str, str, str, str],
    de: tuple[str, str, str, str, str, str, str],
) -> Species:
    """Build a Species from compact tuples (see the field order in each argument below).

    names: (Latin, Korean, Japanese, Chinese). es/fr: (a, the, to-the, of-the, best friend).
    de: (a nom, a acc, a dat, the nom, the acc, the dat, best friend). zh: (classifier, the).
    """
    latin, korean, japanese_chinese = names[0], names[1], names[2]
    japanese, chinese = japanese_chinese.split("|")
    forms = {
        "en": {"a": en[0], "the": en[1]},
        "ko": {"the": ko},
        "ja": {"the": ja},
        "zh": {"cl": zh[0], "the": zh[1], "a": "一" + zh[0] + zh[1]},
        "es": dict(zip(("a", "the", "al", "del", "bf"), es, strict=True)),
        "vi": {"a": vi[0], "the": vi[1]},
        "fr": dict(zip(("a", "the", "au", "du", "bf"), fr, strict=True)),
        "de": dict(zip(("a_nom", "a_acc", "a_dat", "nom", "acc", "dat", "bf"), de, strict=True)),
    }
    all_names = {
        "en": latin,
        "ko": korean,
        "ja": japanese,
        "zh": chinese,
        "es": latin,
        "vi": latin,
        "fr": latin,
        "de": latin,
    }
    return Species(key, all_names, scene, forms, tuple(keywords.split(",")))


_M_ES = "el mejor amigo"
_F_ES = "la mejor amiga"
_M_FR = "le meilleur ami"
_F_FR = "la meilleure amie"
_M_DE = "bester Freund"
_F_DE = "beste Freundin"

SPECIES: dict[str, Species] = {
    s.key: s
    for s in (
        _species(
            "dragon",
            ("Popo", "포포", "ポポ|波波"),
            "a little dragon",
            "dragon,dragons,dragón,drache,drachen,=용,드래곤,ドラゴン,りゅう,竜,龍,龙,rồng",
            en=("a little dragon", "the little dragon"),
            ko="꼬마 용",
            ja="小さなドラゴン",
            zh=("条", "小龙"),
            es=(
                "un pequeño dragón",
                "el pequeño dragón",
                "al pequeño dragón",
                "del pequeño dragón",
                _M_ES,
            ),
            vi=("một chú rồng nhỏ", "chú rồng nhỏ"),
            fr=("un petit dragon", "le petit dragon", "au petit dragon", "du petit dragon", _M_FR),
            de=(
                "ein kleiner Drache",
                "einen kleinen Drachen",
                "einem kleinen Drachen",
                "der kleine Drache",
                "den kleinen Drachen",
                "dem kleinen Drachen",
                _M_DE,
            ),
        ),
        _species(
            "cat",
            ("Mimi", "미미", "ミミ|咪咪"),
            "a little cat",
            "cat,cats,kitten,kittens,kitty,gato,gatos,gatito,gatita,chat,chats,chaton,katze,katzen,kätzchen,고양이,야옹이,ねこ,ネコ,猫,mèo",
            en=("a little cat", "the little cat"),
            ko="아기 고양이",
            ja="小さなねこ",
            zh=("只", "小猫"),
            es=("un gatito", "el gatito", "al gatito", "del gatito", _M_ES),
            vi=("một chú mèo con", "chú mèo con"),
            fr=("un petit chat", "le petit chat", "au petit chat", "du petit chat", _M_FR),
            de=(
                "eine kleine Katze",
                "eine kleine Katze",
                "einer kleinen Katze",
                "die kleine Katze",
                "die kleine Katze",
                "der kleinen Katze",
                _F_DE,
            ),
        ),
        _species(
            "dog",
            ("Toto", "토토", "トト|托托"),
            "a little dog",
            "dog,dogs,puppy,puppies,doggy,perro,perros,perrito,chien,chiens,chiot,hund,hunde,hündchen,강아지,멍멍이,=개,いぬ,イヌ,犬,わんちゃん,狗,chó,cún",
            en=("a little dog", "the little dog"),
            ko="꼬마 강아지",
            ja="小さないぬ",
            zh=("只", "小狗"),
            es=("un perrito", "el perrito", "al perrito", "del perrito", _M_ES),
            vi=("một chú cún con", "chú cún con"),
            fr=("un petit chien", "le petit chien", "au petit chien", "du petit chien", _M_FR),
            de=(
                "ein kleiner Hund",
                "einen kleinen Hund",
                "einem kleinen Hund",
                "der kleine Hund",
                "den kleinen Hund",
                "dem kleinen Hund",
                _M_DE,
            ),
        ),
        _species(
            "rabbit",
            ("Momo", "모모", "モモ|桃桃"),
            "a little rabbit",
            "rabbit,rabbits,bunny,bunnies,conejo,conejos,conejito,lapin,lapins,hase,hasen,häschen,kaninchen,토끼,うさぎ,ウサギ,兎,兔,thỏ",
            en=("a little rabbit", "the little rabbit"),
            ko="아기 토끼",
            ja="小さなうさぎ",
            zh=("只", "小兔子"),
            es=("un conejito", "el conejito", "al conejito", "del conejito", _M_ES),
            vi=("một chú thỏ con", "chú thỏ con"),
            fr=("un petit lapin", "le petit lapin", "au petit lapin", "du petit lapin", _M_FR),
            de=(
                "ein kleiner Hase",
                "einen kleinen Hasen",
                "einem kleinen Hasen",
                "der kleine Hase",
                "den kleinen Hasen",
                "dem kleinen Hasen",
                _M_DE,
            ),
        ),
        _species(
            "bear",
            ("Mumu", "무무", "ムム|木木"),
            "a little bear",
            "bear,bears,teddy,oso,osos,osito,ours,ourson,bär,bären,teddybär,=곰,곰돌이,くま,クマ,熊,gấu",
            en=("a little bear", "the little bear"),
            ko="아기 곰",
            ja="小さなくま",
            zh=("只", "小熊"),
            es=("un osito", "el osito", "al osito", "del osito", _M_ES),
            vi=("một chú gấu con", "chú gấu con"),
            fr=("un petit ours", "le petit ours", "au petit ours", "du petit ours", _M_FR),
            de=(
                "ein kleiner Bär",
                "einen kleinen Bären",
                "einem kleinen Bären",
                "der kleine Bär",
                "den kleinen Bären",
                "dem kleinen Bären",
                _M_DE,
            ),
        ),
        _species(
            "fox",
            ("Kiki", "키키", "キキ|琪琪"),
            "a little fox",
            "fox,foxes,zorro,zorros,zorrito,renard,renards,fuchs,füchse,여우,きつね,キツネ,狐,狐狸,cáo",
            en=("a little fox", "the little fox"),
            ko="아기 여우",
            ja="小さなきつね",
            zh=("只", "小狐狸"),
            es=("un zorrito", "el zorrito", "al zorrito", "del zorrito", _M_ES),
            vi=("một chú cáo nhỏ", "chú cáo nhỏ"),
            fr=("un petit renard", "le petit renard", "au petit renard", "du petit renard", _M_FR),
            de=(
                "ein kleiner Fuchs",
                "einen kleinen Fuchs",
                "einem kleinen Fuchs",
                "der kleine Fuchs",
                "den kleinen Fuchs",
                "dem kleinen Fuchs",
                _M_DE,
            ),
        ),
        _species(
            "bird",
            ("Lili", "릴리", "リリ|莉莉"),
            "a little bird",
            "bird,birds,birdie,pájaro,pájaros,pajarito,oiseau,oiseaux,vogel,vögel,vögelchen,=새,참새,아기새,小鳥,ことり,鳥,トリ,鸟,chim",
            en=("a little bird", "the little bird"),
            ko="작은 새",
            ja="小鳥",
            zh=("只", "小鸟"),
            es=("un pajarito", "el pajarito", "al pajarito", "del pajarito", _M_ES),
            vi=("một chú chim nhỏ", "chú chim nhỏ"),
            fr=("un petit oiseau", "le petit oiseau", "au petit oiseau", "du petit oiseau", _M_FR),
            de=(
                "ein kleiner Vogel",
                "einen kleinen Vogel",
                "einem kleinen Vogel",
                "der kleine Vogel",
                "den kleinen Vogel",
                "dem kleinen Vogel",
                _M_DE,
            ),
        ),
        _species(
            "owl",
            ("Hoho", "호호", "ホホ|呼呼"),
            "a little owl",
            "owl,owls,búho,búhos,lechuza,hibou,hiboux,chouette,eule,eulen,부엉이,올빼미,ふくろう,フクロウ,梟,猫头鹰,cú mèo,cú",
            en=("a little owl", "the little owl"),
            ko="아기 부엉이",
            ja="小さなふくろう",
            zh=("只", "小猫头鹰"),
            es=("un pequeño búho", "el pequeño búho", "al pequeño búho", "del pequeño búho", _M_ES),
            vi=("một chú cú mèo nhỏ", "chú cú mèo nhỏ"),
            fr=("un petit hibou", "le petit hibou", "au petit hibou", "du petit hibou", _M_FR),
            de=(
                "eine kleine Eule",
                "eine kleine Eule",
                "einer kleinen Eule",
                "die kleine Eule",
                "die kleine Eule",
                "der kleinen Eule",
                _F_DE,
            ),
        ),
        _species(
            "unicorn",
            ("Lala", "라라", "ララ|拉拉"),
            "a little unicorn",
            "unicorn,unicorns,unicornio,unicornios,licorne,licornes,einhorn,einhörner,유니콘,ユニコーン,独角兽,獨角獸,kỳ lân",
            en=("a little unicorn", "the little unicorn"),
            ko="아기 유니콘",
            ja="小さなユニコーン",
            zh=("只", "小独角兽"),
            es=(
                "un pequeño unicornio",
                "el pequeño unicornio",
                "al pequeño unicornio",
                "del pequeño unicornio",
                _M_ES,
            ),
            vi=("một chú kỳ lân nhỏ", "chú kỳ lân nhỏ"),
            fr=(
                "une petite licorne",
                "la petite licorne",
                "à la petite licorne",
                "de la petite licorne",
                _F_FR,
            ),
            de=(
                "ein kleines Einhorn",
                "ein kleines Einhorn",
                "einem kleinen Einhorn",
                "das kleine Einhorn",
                "das kleine Einhorn",
                "dem kleinen Einhorn",
                _M_DE,
            ),
        ),
        _species(
            "dinosaur",
            ("Dino", "디노", "ディノ|迪诺"),
            "a little dinosaur",
            "dinosaur,dinosaurs,dino,dinos,t-rex,dinosaurio,dinosaurios,dinosaure,dinosaures,dinosaurier,공룡,きょうりゅう,恐竜,恐龙,khủng long",
            en=("a little dinosaur", "the little dinosaur"),
            ko="아기 공룡",
            ja="小さなきょうりゅう",
            zh=("只", "小恐龙"),
            es=(
                "un pequeño dinosaurio",
                "el pequeño dinosaurio",
                "al pequeño dinosaurio",
                "del pequeño dinosaurio",
                _M_ES,
            ),
            vi=("một chú khủng long nhỏ", "chú khủng long nhỏ"),
            fr=(
                "un petit dinosaure",
                "le petit dinosaure",
                "au petit dinosaure",
                "du petit dinosaure",
                _M_FR,
            ),
            de=(
                "ein kleiner Dinosaurier",
                "einen kleinen Dinosaurier",
                "einem kleinen Dinosaurier",
                "der kleine Dinosaurier",
                "den kleinen Dinosaurier",
                "dem kleinen Dinosaurier",
                _M_DE,
            ),
        ),
        _species(
            "turtle",
            ("Coco", "코코", "ココ|可可"),
            "a little turtle",
            "turtle,turtles,tortoise,tortuga,tortugas,tortue,tortues,schildkröte,schildkröten,거북이,거북,かめ,カメ,亀,乌龟,海龟,龟,rùa",
            en=("a little turtle", "the little turtle"),
            ko="아기 거북이",
            ja="小さなかめ",
            zh=("只", "小乌龟"),
            es=("una tortuguita", "la tortuguita", "a la tortuguita", "de la tortuguita", _F_ES),
            vi=("một chú rùa nhỏ", "chú rùa nhỏ"),
            fr=(
                "une petite tortue",
                "la petite tortue",
                "à la petite tortue",
                "de la petite tortue",
                _F_FR,
            ),
            de=(
                "eine kleine Schildkröte",
                "eine kleine Schildkröte",
                "einer kleinen Schildkröte",
                "die kleine Schildkröte",
                "die kleine Schildkröte",
                "der kleinen Schildkröte",
                _F_DE,
            ),
        ),
        _species(
            "whale",
            ("Bibi", "비비", "ビビ|贝贝"),
            "a little whale",
            "whale,whales,ballena,ballenas,baleine,baleines,wal,wale,고래,くじら,クジラ,鯨,鲸,鲸鱼,cá voi",
            en=("a little whale", "the little whale"),
            ko="아기 고래",
            ja="小さなくじら",
            zh=("头", "小鲸鱼"),
            es=(
                "una pequeña ballena",
                "la pequeña ballena",
                "a la pequeña ballena",
                "de la pequeña ballena",
                _F_ES,
            ),
            vi=("một chú cá voi nhỏ", "chú cá voi nhỏ"),
            fr=(
                "une petite baleine",
                "la petite baleine",
                "à la petite baleine",
                "de la petite baleine",
                _F_FR,
            ),
            de=(
                "ein kleiner Wal",
                "einen kleinen Wal",
                "einem kleinen Wal",
                "der kleine Wal",
                "den kleinen Wal",
                "dem kleinen Wal",
                _M_DE,
            ),
        ),
        _species(
            "robot",
            ("Robi", "로비", "ロビ|罗比"),
            "a little robot",
            "robot,robots,roboter,로봇,ロボット,机器人,機器人,rô-bốt,người máy",
            en=("a little robot", "the little robot"),
            ko="작은 로봇",
            ja="小さなロボット",
            zh=("个", "小机器人"),
            es=(
                "un pequeño robot",
                "el pequeño robot",
                "al pequeño robot",
                "del pequeño robot",
                _M_ES,
            ),
            vi=("một chú rô-bốt nhỏ", "chú rô-bốt nhỏ"),
            fr=("un petit robot", "le petit robot", "au petit robot", "du petit robot", _M_FR),
            de=(
                "ein kleiner Roboter",
                "einen kleinen Roboter",
                "einem kleinen Roboter",
                "der kleine Roboter",
                "den kleinen Roboter",
                "dem kleinen Roboter",
                _M_DE,
            ),
        ),
        # The default companion for a wish the composer cannot place: a child friend.
        _species(
            "friend",
            ("Lulu", "루루", "ルル|露露"),
            "a friend",
            "friend,friends,best friend,amigo,amiga,amigos,amie,amis,freund,freundin,freunde,친구,友だち,ともだち,友達,朋友,người bạn,bạn bè",
            en=("a cheerful girl", "the cheerful girl"),
            ko="명랑한 여자아이",
            ja="元気な女の子",
            zh=("个", "活泼小女孩"),
            es=(
                "una niña alegre",
                "la niña alegre",
                "a la niña alegre",
                "de la niña alegre",
                _F_ES,
            ),
            vi=("một cô bé vui vẻ", "cô bé vui vẻ"),
            fr=(
                "une petite fille joyeuse",
                "la petite fille joyeuse",
                "à la petite fille joyeuse",
                "de la petite fille joyeuse",
                _F_FR,
            ),
            de=(
                "ein fröhliches Mädchen",
                "ein fröhliches Mädchen",
                "einem fröhlichen Mädchen",
                "das fröhliche Mädchen",
                "das fröhliche Mädchen",
                "dem fröhlichen Mädchen",
                _F_DE,
            ),
        ),
    )
}

ANIMALS: tuple[str, ...] = tuple(key for key in SPECIES if key != "friend")


def _kw(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())


# Order matters: the first theme whose keyword occurs wins, so settings that shape the whole
# world (bedtime, space, ocean) come before values that any plot can carry.
THEMES: dict[str, ThemeSpec] = {
    t.key: t
    for t in (
        ThemeSpec(
            "bedtime",
            "hill",
            "sky",
            "night",
            (),
            ("owl", "bear", "cat"),
            _kw(
                "bedtime,bed time,sleep,sleepy,sleeping,goodnight,good night,dream,dreams,lullaby,night,잠자리,잠들,잘 자,수면,꿈,자장가,=밤,寝る,ねる,おやすみ,ねむ,眠,夢,ゆめ,夜,睡觉,晚安,睡眠,梦,入睡,夜晚,dormir,sueño,sueños,noche,nana,ngủ,giấc mơ,ban đêm,sommeil,rêve,rêves,nuit,dodo,schlaf,schlafen,schlafenszeit,einschlafen,traum,träume,gutenacht,gute nacht,nacht"
            ),
            skip=frozenset({"rest", "celebrate", "home"}),
        ),
        ThemeSpec(
            "space",
            "hill",
            "sky",
            "night",
            (),
            ("robot", "unicorn", "dog"),
            _kw(
                "space,outer space,star,stars,planet,planets,moon,rocket,galaxy,astronaut,universe,우주,별나라,행성,로켓,은하,우주인,=별,宇宙,うちゅう,惑星,ロケット,星,ほし,太空,星星,星球,火箭,银河,月亮,espacio,estrella,estrellas,planeta,planetas,cohete,luna,vũ trụ,ngôi sao,hành tinh,tên lửa,mặt trăng,espace,étoile,étoiles,planète,planètes,fusée,lune,weltraum,weltall,stern,sterne,planet,planeten,rakete,mond"
            ),
            skip=frozenset({"home"}),
        ),
        ThemeSpec(
            "ocean",
            "seaside",
            "sea",
            "day",
            ("turtle", "whale", "bird"),
            ("whale", "dog", "cat"),
            _kw(
                "ocean,oceans,sea,seas,beach,underwater,mermaid,바다,해변,바닷속,바닷가,海,うみ,海洋,大海,海边,海底,océano,mar,playa,biển,đại dương,océan,mer,plage,ozean,meer,strand"
            ),
        ),
        ThemeSpec(
            "honesty",
            "village",
            "land",
            "day",
            (),
            ("cat", "dog", "owl"),
            _kw(
                "honest,honesty,truth,truthful,telling the truth,정직,솔직,진실,正直,しょうじき,诚实,诚信,真话,honestidad,honesto,honesta,sinceridad,verdad,trung thực,thật thà,honnêteté,honnête,vérité,ehrlichkeit,ehrlich,wahrheit"
            ),
            skip=frozenset({"home", "celebrate"}),
            return_first=True,
        ),
        ThemeSpec(
            "sharing",
            "village",
            "land",
            "day",
            (),
            ("bear", "rabbit", "fox"),
            _kw(
                "share,shares,sharing,나눔,나누기,나눠,分け合,わけあ,シェア,分享,compartir,chia sẻ,partage,partager,teilen"
            ),
            skip=frozenset({"rest"}),
            return_first=True,
        ),
        ThemeSpec(
            "family",
            "village",
            "land",
            "day",
            (),
            ("cat", "dog", "rabbit"),
            _kw("family,families,가족,家族,家人,家庭,familia,gia đình,famille,familie"),
            skip=frozenset({"home", "celebrate"}),
            return_first=True,
        ),
        ThemeSpec(
            "courage",
            "village",
            "land",
            "day",
            (),
            ("dragon", "dog", "bear"),
            _kw(
                "courage,courageous,brave,bravery,valor,용기,용감,勇気,ゆうき,勇敢,勇气,valentía,valiente,coraje,valor,dũng cảm,can đảm,courageux,courageuse,bravoure,mut,mutig,tapfer,tapferkeit"
            ),
        ),
        ThemeSpec(
            "kindness",
            "village",
            "land",
            "day",
            ("bird", "owl"),
            ("dog", "rabbit", "cat"),
            _kw(
                "kind,kindness,caring,helping,친절,배려,다정,착한,優しさ,やさしさ,親切,思いやり,善良,友善,善意,好心,bondad,amabilidad,amable,lòng tốt,tử tế,tốt bụng,gentillesse,bonté,gentil,gentille,freundlichkeit,güte,hilfsbereitschaft"
            ),
            skip=frozenset({"home"}),
            return_first=True,
        ),
        ThemeSpec(
            "friendship",
            "village",
            "land",
            "day",
            ("bear", "fox", "rabbit"),
            ("rabbit", "dog", "cat"),
            _kw(
                "friendship,friend,friends,우정,친구,友情,友だち,ともだち,友達,友谊,朋友,amistad,amigo,amiga,amigos,tình bạn,bạn bè,amitié,ami,amie,amis,freundschaft,freund,freunde,freundin"
            ),
            return_first=True,
        ),
        ThemeSpec(
            "nature",
            "village",
            "land",
            "day",
            (),
            ("fox", "rabbit", "bear"),
            _kw(
                "nature,environment,trees,plants,forest,자연,환경,自然,環境,大自然,环境,naturaleza,medio ambiente,thiên nhiên,môi trường,environnement,natur,umwelt"
            ),
        ),
        ThemeSpec(
            "adventure",
            "village",
            "land",
            "day",
            (),
            ("dog", "dinosaur", "fox"),
            _kw(
                "adventure,adventures,explore,exploring,explorer,quest,journey,모험,탐험,冒険,ぼうけん,探検,たんけん,冒险,探险,aventura,aventuras,phiêu lưu,khám phá,aventure,aventures,abenteuer"
            ),
        ),
        ThemeSpec(
            "generic",
            "village",
            "land",
            "day",
            (),
            ("dog", "cat", "fox", "rabbit", "bear"),
            (),
        ),
    )
}

# A companion's special way of helping on the road. One sentence, any setting.
SKILLS = """
@skill.dragon
scene: resting while the dragon puffs a warm little cloud
en: {c} puffed a warm little cloud, and {n} felt cozy and strong again.
ko: {c.i} 따뜻한 작은 구름을 후 불어 주자, {n.eun} 다시 포근하고 힘이 났어요.
ja: {c}があたたかい小さな雲をふうっとはくと、{n}はぽかぽかして、また元気になりました。
zh: {c}呼出一朵暖暖的小云，{n}觉得暖洋洋的，又有了力气。
es: {c} sopló una pequeña nube tibia, y {n} recuperó las fuerzas.
vi: {c} phà ra một đám mây nhỏ ấm áp, và {n} lại thấy ấm áp, khỏe khoắn.
fr: {c} souffle un petit nuage tout chaud, et {n} retrouve des forces.
de: {c} pustete eine kleine warme Wolke, und {n} fühlte sich wieder warm und stark.

@skill.cat
scene: resting while the cat purrs softly on their lap
en: {c} curled up in {n.s} lap and purred until {n} felt better.
ko: {c.i} {n}의 무릎 위에 동그랗게 앉아 가르릉거리자, {n.eun} 기분이 좋아졌어요.
ja: {c}が{n}のひざの上でまるくなってゴロゴロのどをならすと、{n}は元気になりました。
zh: {c}蜷在{n}的腿上，呼噜呼噜地叫，{n}很快就好多了。
es: {c} se acurrucó en el regazo de {n} y ronroneó hasta que {n} se sintió mejor.
vi: {c} cuộn tròn trong lòng {n} và kêu rừ rừ cho đến khi {n} thấy khỏe hơn.
fr: {c} se blottit sur les genoux {n.de} et ronronne jusqu'à ce que {n} aille mieux.
de: {c} rollte sich auf {n.gen} Schoß zusammen und schnurrte, bis es {n} besser ging.

@skill.dog
scene: laughing as the dog wags its tail and licks their cheek
en: {c} wagged a happy tail and licked {n.s} cheek. What a tickle!
ko: {c.i} 꼬리를 살랑살랑 흔들며 {n}의 볼을 핥았어요. 간질간질!
ja: {c}はしっぽをふって、{n}のほっぺをぺろり。くすぐったい！
zh: {c}摇着尾巴，舔了舔{n}的脸蛋。好痒呀！
es: {c} movió la cola, feliz, y le dio un lametón a {n} en la mejilla. ¡Qué cosquillas!
vi: {c} vẫy đuôi rối rít và liếm má {n}. Nhột quá!
fr: {c} remue la queue et lèche la joue {n.de}. Ça chatouille !
de: {c} wedelte fröhlich mit dem Schwanz und leckte {n} über die Wange. Das kitzelte!

@skill.rabbit
scene: laughing as the rabbit hops around in happy circles
en: {c} hopped in happy circles until {n} burst out laughing.
ko: {c.i} 신나게 빙글빙글 깡충깡충 뛰자, {n.eun} 웃음을 터뜨렸어요.
ja: {c}がうれしそうにぴょんぴょんぐるぐるはねると、{n}はわらいだしました。
zh: {c}开心地绕着圈蹦蹦跳跳，{n}忍不住哈哈大笑。
es: {c} dio saltitos en círculos hasta que {n} se echó a reír.
vi: {c} nhảy vòng vòng thật vui cho đến khi {n} bật cười.
fr: {c} fait des bonds en rond jusqu'à ce que {n} éclate de rire.
de: {c} hüpfte fröhlich im Kreis, bis {n} laut lachen musste.

@skill.bear
scene: getting a big warm hug from the bear
en: {c} gave {n} a big, warm bear hug, and {n} felt strong again.
ko: {c.i} {n.eul} 크고 따뜻하게 꼭 안아 주자, {n.eun} 다시 힘이 났어요.
ja: {c}が{n}を大きくあたたかくぎゅっとだきしめると、{n}はまた元気が出ました。
zh: {c}给了{n}一个大大的、暖暖的熊抱，{n}又有了力气。
es: {c} le dio a {n} un gran abrazo de oso, y {n} recuperó las fuerzas.
vi: {c} ôm {n} một cái thật to và ấm, thế là {n} lại khỏe lên.
fr: {c} fait un gros câlin tout chaud à {n}, et {n} retrouve des forces.
de: {c} umarmte {n} ganz fest und warm, und {n} fühlte sich wieder stark.

@skill.fox
scene: following the fox along a clever shortcut
en: {c} swished a fluffy tail and showed {n} a clever shortcut.
ko: {c.i} 복슬복슬한 꼬리를 살랑이며 {n}에게 지름길을 알려 주었어요.
ja: {c}はふさふさのしっぽをふって、{n}にちかみちをおしえてくれました。
zh: {c}摇了摇毛茸茸的尾巴，给{n}指了一条聪明的近路。
es: {c} movió su cola peluda y le enseñó a {n} un atajo muy listo.
vi: {c} vẫy chiếc đuôi xù và chỉ cho {n} một lối tắt thật khéo.
fr: {c} agite sa queue touffue et montre à {n} un raccourci malin.
de: {c} wedelte mit dem buschigen Schwanz und zeigte {n} eine schlaue Abkürzung.

@skill.bird
scene: dancing along while the bird sings a cheerful song
en: {c} sang a bright, cheerful song, and {n.s} tired feet began to dance.
ko: {c.i} 맑고 명랑한 노래를 부르자, {n}의 지친 발이 춤을 추기 시작했어요.
ja: {c}が明るい歌をうたうと、{n}のつかれた足がおどりだしました。
zh: {c}唱起一首明亮欢快的歌，{n}累累的小脚也跳起舞来。
es: {c} cantó una canción alegre, y los pies cansados de {n} empezaron a bailar.
vi: {c} hót một bài ca vui tươi, và đôi chân mỏi của {n} bắt đầu nhảy múa.
fr: {c} chante une chanson joyeuse, et les pieds fatigués {n.de} se mettent à danser.
de: {c} sang ein fröhliches Lied, und {n.gen} müde Füße fingen an zu tanzen.

@skill.owl
scene: resting and thinking together with the owl
en: {c} blinked big round eyes and said, “Let's rest a moment and think together.”
ko: {c.i} 커다랗고 동그란 눈을 깜빡이며 말했어요. “잠깐 쉬면서 같이 생각해 보자.”
ja: {c}は大きなまるい目をぱちぱちさせて言いました。「ちょっと休んで、いっしょに考えよう」
zh: {c}眨着又大又圆的眼睛说：“我们歇一会儿，一起想想办法吧。”
es: {c} parpadeó con sus grandes ojos redondos y dijo: «Descansemos un momento y pensemos juntos».
vi: {c} chớp chớp đôi mắt to tròn và nói: “Mình nghỉ một chút rồi cùng nghĩ cách nhé.”
fr: {c} cligne de ses grands yeux ronds et dit : « Reposons-nous un peu et réfléchissons ensemble. »
de: {c} blinzelte mit großen runden Augen und sagte: „Lass uns kurz ausruhen und gemeinsam nachdenken.“

@skill.unicorn
scene: smiling at a small rainbow made by the unicorn
en: {c} tapped a sparkly horn, and a little rainbow appeared to cheer {n} up.
ko: {c.i} 반짝이는 뿔을 톡 건드리자, 작은 무지개가 나타나 {n.eul} 기운 나게 해 주었어요.
ja: {c}がきらきらのつのをトンとならすと、小さなにじがあらわれて、{n}を元気づけてくれました。
zh: {c}轻轻碰了碰闪亮的角，一道小彩虹出现了，让{n}又打起了精神。
es: {c} tocó su cuerno brillante y apareció un pequeño arcoíris para animar a {n}.
vi: {c} chạm nhẹ chiếc sừng lấp lánh, và một cầu vồng nhỏ hiện ra làm {n} vui hẳn lên.
fr: {c} touche sa corne scintillante, et un petit arc-en-ciel apparaît pour redonner le sourire à {n}.
de: {c} tippte mit dem glitzernden Horn, und ein kleiner Regenbogen erschien, um {n} aufzumuntern.

@skill.dinosaur
scene: looking ahead as the dinosaur stretches its long neck
en: {c} stretched a long neck, looked far ahead and said, “We're almost there!”
ko: {c.i} 긴 목을 쭉 빼고 멀리 내다보더니 말했어요. “거의 다 왔어!”
ja: {c}は長い首をぐーんとのばして遠くを見ると、言いました。「もうすぐだよ！」
zh: {c}伸长了长长的脖子，望向远方说：“快到啦！”
es: {c} estiró su largo cuello, miró a lo lejos y dijo: «¡Ya casi llegamos!».
vi: {c} vươn chiếc cổ dài, nhìn ra xa rồi nói: “Sắp đến rồi!”
fr: {c} tend son long cou, regarde au loin et dit : « On y est presque ! »
de: {c} reckte den langen Hals, schaute weit nach vorn und sagte: „Wir sind fast da!“

@skill.turtle
scene: walking step by step beside the turtle
en: {c} said slowly, “Step by step, we will get there,” and {n} smiled.
ko: {c.i} 느릿느릿 말했어요. “한 걸음씩 가면 꼭 도착할 거야.” {n.eun} 빙그레 웃었어요.
ja: {c}はゆっくり言いました。「一歩ずつ行けば、きっとつくよ」{n}はにっこりしました。
zh: {c}慢慢地说：“一步一步走，我们一定能到。”{n}笑了。
es: {c} dijo despacito: «Paso a paso llegaremos». Y {n} sonrió.
vi: {c} chậm rãi nói: “Từng bước một, mình sẽ tới nơi.” {n} mỉm cười.
fr: {c} dit lentement : « Pas à pas, nous y arriverons. » Et {n} sourit.
de: {c} sagte langsam: „Schritt für Schritt kommen wir an.“ Und {n} lächelte.

@skill.whale
scene: listening to the whale sing a deep gentle song
en: {c} sang a deep, gentle song that made {n} feel calm and brave.
ko: {c.i} 낮고 부드러운 노래를 부르자, {n.eun} 마음이 차분해지고 용기가 났어요.
ja: {c}がひくくやさしい歌をうたうと、{n}の心はおちついて、ゆうきがわいてきました。
zh: {c}唱起一首低沉又温柔的歌，{n}的心平静下来，也变得勇敢了。
es: {c} cantó una canción profunda y suave, y {n} sintió calma y valor.
vi: {c} cất tiếng hát trầm ấm, dịu dàng, làm {n} thấy bình tâm và can đảm.
fr: {c} chante une chanson douce et profonde, et {n} retrouve son calme et son courage.
de: {c} sang ein tiefes, sanftes Lied, und {n} wurde ruhig und mutig.

@skill.robot
scene: following a little light shining from the robot's head
en: {c} beeped, and a little light on {c.s} head lit up the way.
ko: {c.i} 삐빅 소리를 내자, 머리 위의 작은 불빛이 환하게 길을 비춰 주었어요.
ja: {c}がピピッと音を出すと、頭の上の小さなライトがぱっと道をてらしました。
zh: {c}“嘀嘀”叫了两声，头顶的小灯亮了起来，照亮了前面的路。
es: {c} hizo bip, bip, y una lucecita en su cabeza iluminó el camino.
vi: {c} kêu bíp bíp, và chiếc đèn nhỏ trên đầu bật sáng, soi rõ con đường.
fr: {c} fait bip-bip, et une petite lumière sur sa tête éclaire le chemin.
de: {c} piepte, und ein kleines Licht auf dem Kopf leuchtete den Weg aus.

@skill.friend
scene: holding hands with a friend and smiling
en: {c} held {n.s} hand and said, “We can do it together!”
ko: {c.i} {n}의 손을 꼭 잡고 말했어요. “우리 함께라면 할 수 있어!”
ja: {c}は{n}の手をぎゅっとにぎって言いました。「いっしょならできるよ！」
zh: {c}紧紧握住{n}的手说：“我们一起，一定能做到！”
es: {c} tomó la mano de {n} y dijo: «¡Juntos podemos!».
vi: {c} nắm chặt tay {n} và nói: “Cùng nhau, chúng mình làm được!”
fr: {c} prend la main {n.de} et dit : « Ensemble, on peut y arriver ! »
de: {c} nahm {n.gen} Hand und sagte: „Zusammen schaffen wir das!“

# Said once on the first page when a whale lives far from the sea.
@trait.whale
en: {c} was a magical whale who could swim through the air!
ko: {c.eun} 하늘을 헤엄치는 신기한 고래였어요!
ja: {c}は、空をおよげるふしぎなくじらでした！
zh: {c}是一头会在空中游泳的神奇鲸鱼！
es: ¡{c} era una ballena mágica que podía nadar por el aire!
vi: {c} là một chú cá voi thần kỳ biết bơi trong không trung!
fr: {c} est une baleine magique qui sait nager dans les airs !
de: {c} war ein Zauberwal, der durch die Luft schwimmen konnte!
"""
