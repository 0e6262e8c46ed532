//! Closed-class words, cue words, and number, date and currency words of
//! French and English, in one table keyed by folded form (lowercase, no
//! accents, `'` apostrophes). Built once.

use super::FxMap;
use super::inline::InlineMap;
use std::sync::LazyLock;

/// What the lexicon knows about a folded word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lex {
    pub flags: u32,
    /// number value (number words, scales, approximations), month or
    /// weekday number
    pub val: f64,
    /// currency index into [`CURRENCIES`]
    pub cur: u8,
}

impl Lex {
    pub const NONE: Lex = Lex {
        flags: 0,
        val: 0.0,
        cur: 0,
    };
}

pub const CLOSED: u32 = 1; // function word, never a name by itself
pub const STOPCAP: u32 = 1 << 1; // common word often capitalized (titles, labels)
pub const MONTH: u32 = 1 << 2;
pub const WEEKDAY: u32 = 1 << 3;
pub const NUMWORD: u32 = 1 << 4;
pub const SCALE: u32 = 1 << 5;
pub const APPROX: u32 = 1 << 6; // une quinzaine, a dozen
pub const CURRENCY: u32 = 1 << 7;
pub const PARTICLE: u32 = 1 << 8; // de, von, van inside names
pub const TITLE: u32 = 1 << 9; // M., Mme, PDG, CEO before a person
pub const ORG_CUE: u32 = 1 << 10; // la société X
pub const ORG_HEAD: u32 = 1 << 11; // Bourse de X, Banque de X
pub const ORG_SUFFIX: u32 = 1 << 12; // X Holdings, X Group
pub const PLACE_CUE: u32 = 1 << 13; // depuis X, à X
pub const TIME_UNIT: u32 = 1 << 14; // ans, mois: ages and durations
pub const DEFINITE: u32 = 1 << 15; // les deux hommes
pub const RANK: u32 = 1 << 16; // numéro 2, Top 25
pub const PRE_ADJ: u32 = 1 << 17; // 40.000 nouveaux utilisateurs
pub const PERCENT_WORD: u32 = 1 << 18; // pour cent, percent
pub const DATE_MOD: u32 = 1 << 19; // début, fin, mi, early, late
pub const RANGE: u32 = 1 << 20; // à, au, to, through
pub const OF: u32 = 1 << 21; // de, d, of
pub const PERSON_CUE_AFTER: u32 = 1 << 22; // X, fondateur de
pub const NOT_HEAD: u32 = 1 << 23; // a word that can't head a quantity
pub const PLACE_CUE_STRONG: u32 = 1 << 24; // depuis, basé à
pub const PERIOD: u32 = 1 << 25; // troisième (trimestre), printemps: may start a date
pub const OCCUPATION: u32 = 1 << 26; // le banquier X, striker X: a person's name follows

/// Currencies: (ISO code, folded words).
pub const CURRENCIES: &[(&str, &[&str])] = &[
    ("", &[]),
    ("EUR", &["euro", "euros", "eur"]),
    (
        "USD",
        &[
            "dollar",
            "dollars",
            "usd",
            "dollars americains",
            "us dollars",
        ],
    ),
    ("CNY", &["yuan", "yuans", "renminbi", "rmb", "cny"]),
    ("RUB", &["rouble", "roubles", "ruble", "rubles", "rub"]),
    (
        "GBP",
        &["livre", "livres", "pound", "pounds", "sterling", "gbp"],
    ),
    ("JPY", &["yen", "yens", "jpy"]),
    ("CHF", &["franc", "francs", "chf"]),
    (
        "INR",
        &["roupie", "roupies", "rupee", "rupees", "inr", "rs"],
    ),
    ("CAD", &["cad"]),
    ("BTC", &["bitcoin", "bitcoins", "btc"]),
    ("CENT", &["centime", "centimes", "cent", "cents"]),
    ("GBX", &["pence", "penny"]),
    // other currencies news names by word (none that is also a common word
    // or a name: "rand", "real", "won", "dong", "lei" stay out)
    ("NGN", &["naira", "nairas", "ngn"]),
    // (the real's plurals only: "800 millions de réals", "2 billion reais")
    ("BRL", &["reais", "reals"]),
    ("MXN", &["peso", "pesos"]),
    ("TRY", &["lira", "liras", "livre turque", "livres turques"]),
    ("THB", &["baht", "bahts"]),
    ("MYR", &["ringgit", "ringgits"]),
    ("IDR", &["rupiah", "rupiahs", "idr", "rp"]),
    ("KES", &["shilling", "shillings", "kes", "ksh", "kshs"]),
    ("GHS", &["cedi", "cedis", "ghs"]),
    ("ZMW", &["kwacha", "kwachas", "zmw"]),
    // (the rand by its code only: "rand" is a common word)
    ("ZAR", &["zar"]),
    ("ETB", &["birr", "birrs"]),
    ("DZD", &["dinar", "dinars"]),
    ("MAD", &["dirham", "dirhams"]),
    ("SAR", &["riyal", "riyals"]),
    ("IRR", &["rial", "rials"]),
    ("PLN", &["zloty", "zlotys", "zlotych"]),
    ("HUF", &["forint", "forints"]),
    ("CZK", &["koruna", "korunas"]),
    ("SEK", &["krona", "kronor"]),
    ("NOK", &["krone", "kroner"]),
    ("UAH", &["hryvnia", "hryvnias", "hryvna", "hryvnas"]),
    ("BRL", &["reais"]),
];

/// Currency symbols before or after a number.
pub fn symbol_currency(c: char) -> Option<&'static str> {
    match c {
        '€' => Some("EUR"),
        '$' => Some("USD"),
        '£' => Some("GBP"),
        '¥' => Some("JPY"),
        '₽' => Some("RUB"),
        '₹' => Some("INR"),
        _ => None,
    }
}

const CLOSED_WORDS: &str = "le la les l un une des du de d au aux a à ce cet cette ces son sa ses leur leurs \
mon ma mes ton ta tes notre nos votre vos et ou mais donc or ni car que qu qui quoi dont ou où quand comme si \
il ils elle elles on nous vous je j tu me m te t se s lui eux y en ne n pas plus moins tres très bien aussi \
encore deja déjà toujours jamais ainsi alors puis ensuite enfin selon pour par sur sous dans avec sans chez \
entre vers contre depuis pendant avant apres après lors malgre malgré parmi hors tout tous toute toutes \
chaque aucun aucune autre autres meme même tel telle tels telles quel quelle quels quelles certains certaines \
plusieurs peu beaucoup trop ceci cela ca ça celui celle ceux celles voici voila voilà oui non c est sont \
etait était sera ont avait fait peut doit va vont surtout quant cependant pourtant neanmoins néanmoins \
ici la là ailleurs hier aujourd demain desormais désormais bref certes puisque lorsque tandis afin \
the a an and or but nor so yet for of to in on at by with from into onto over under about after before \
this that these those it its he she they we you i his her their our your my me him them us who whom whose \
which what when where why how if then than as is are was were be been being has have had do does did \
not no yes all any each every some many much more most other another such there here also just only \
still even already again now today yesterday tomorrow however meanwhile although though while since \
because during without within between among against per via et al mr mrs ms dr st \
due despite amid according";

const STOPCAP_WORDS: &str = "info infos photo photos source sources credit crédit lire voir aussi publicite \
publicité publicites publicités services service note update read more video vidéo top mise jour \
edition édition accueil home menu contact mots cles clés mots-cles mots-clés newsletter abonnez partager \
share tweet commentaires commentaire comments suivre equipe équipe rédaction redaction article articles \
ministre president président directeur directrice premier premiere première prime minister chief \
secretaire secrétaire general général gouverneur maire depute député senateur sénateur roi reine prince \
princesse pape juge general senator governor mayor king queen pope judge chairman professeur professor \
docteur doctor pme pmi tpe eti ong tva pib gdp ceo pdg dg ht ttc tv pc ok etat état etats états gouvernement government parlement parliament internet web \
utc gmt cet oh ah eh hey wow alas helas hélas bah ouf";

const NUMBERS: &[(&str, f64)] = &[
    ("un", 1.0),
    ("une", 1.0),
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("six", 6.0),
    ("sept", 7.0),
    ("huit", 8.0),
    ("neuf", 9.0),
    ("dix", 10.0),
    ("onze", 11.0),
    ("douze", 12.0),
    ("treize", 13.0),
    ("quatorze", 14.0),
    ("quinze", 15.0),
    ("seize", 16.0),
    ("vingt", 20.0),
    ("vingts", 20.0),
    ("trente", 30.0),
    ("quarante", 40.0),
    ("cinquante", 50.0),
    ("soixante", 60.0),
    ("septante", 70.0),
    ("huitante", 80.0),
    ("nonante", 90.0),
    ("cent", 100.0),
    ("cents", 100.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
];

const SCALES: &[(&str, f64)] = &[
    ("mille", 1e3),
    ("mil", 1e3),
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("billiard", 1e15),
    ("mds", 1e9),
    ("md", 1e9),
    ("mrd", 1e9),
    ("mln", 1e6),
    ("bn", 1e9),
    // India's hundred thousand and ten million: "40 lakh", "Rs 500 crore"
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("demi-milliard", 5e8),
    ("demi-million", 5e5),
];

const APPROXES: &[(&str, f64)] = &[
    ("dizaine", 10.0),
    ("dizaines", 10.0),
    ("douzaine", 12.0),
    ("douzaines", 12.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("quarantaine", 40.0),
    ("cinquantaine", 50.0),
    ("soixantaine", 60.0),
    ("centaine", 100.0),
    ("centaines", 100.0),
    ("millier", 1e3),
    ("milliers", 1e3),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("score", 20.0),
];

fn words(list: &str) -> impl Iterator<Item = &str> {
    list.split_ascii_whitespace()
}

/// The lexicon by folded word.
static TABLE: LazyLock<InlineMap<Lex>> = LazyLock::new(|| InlineMap::new(entries()));

/// Every folded word the lexicon knows, with what it knows.
fn entries() -> FxMap<String, Lex> {
    let mut m: FxMap<String, Lex> = FxMap::default();
    let mut set = |w: &str, flag: u32| {
        let k = crate::model::text::fold(w);
        m.entry(k).or_insert(Lex::NONE).flags |= flag;
    };
    for w in words(CLOSED_WORDS) {
        set(w, CLOSED);
    }
    for w in words(STOPCAP_WORDS) {
        set(w, STOPCAP);
    }
    for &(w, _) in crate::model::calendar::WEEKDAYS {
        set(w, WEEKDAY);
    }
    for w in words(
        "m mm mme mmes mlle mr mrs ms dr pdg ceo cfo coo cto dg fondateur fondatrice cofondateur \
         cofondatrice co-fondateur president présidente ministre directeur directrice patron patronne \
         porte-parole spokesman spokeswoman spokesperson mp pm taoiseach tanaiste princess founder co-founder cofounder chairman chairwoman chief \
         executive analyste analyst journaliste journalist depute député senateur sénateur \
         responsable dirigeant dirigeante economiste économiste avocat avocate professeur \
         professor sir lord madame monsieur maitre maître said a-t-il explique expliqué \
         minister secretary reverend rev governor gov senator sen rep lt lieutenant sgt sergeant \
         gen col capt captain judge mayor chancellor ambassador ambassadeur ambassadrice \
         lawmaker legislator councillor councilor congressman congresswoman chair chairperson \
         representative speaker majority minority prof miss mademoiselle dame tsar tsarina \
         emperor empress pope sens reps adviser advisor conseiller conseillere colonel admiral \
         brigadier commander detective trooper constable maj \
         spc cpl pfc pvt adm cmdr brig mother sister bishop archbishop rabbi imam abbe mgr monseigneur \
         administrator administrateur administratrice commissioner commissaire superintendent \
         inspector inspecteur inspectrice sheriff marshal prosecutor procureur procureure \
         magistrate treasurer comptroller provost dean assemblyman assemblywoman alderman \
         councilman councilwoman corporal pape sheikh cheikh emir ayatollah director prefet \
         prefete juge docteur recteur rectrice selectionneur selectionneuse capitaine editor \
         pere honorable honourable excellency excellence solicitor-general attorney-general \
         governor-general secretary-general director-general vice-president vice-presidente \
         vice-chairman vice-chancellor vice-premier gouverneur gouverneure roi reine \
         princesse secretaire chancelier chanceliere sultan investigator defendant respondent assistant \
         plaintiff cardinal father patriarch deacon",
    ) {
        set(w, TITLE);
    }
    // lowercase occupations, roles and kin right before a name say it is a
    // person's ("economist Jane Roe", "le gardien Jean Dupont", "his wife
    // Mary"); words that also name a company's trade (producer, trader,
    // manager, investor, rival) or a possessive ("son") are left out
    for w in words(
        "general banquier banquiere gouvernement colonel ecrivain ecrivaine chanteur chanteuse \
         acteur actrice navigateur navigatrice banker writer singer actor actress \
         economist economiste strategist stratege lawyer attorney barrister solicitor \
         pilot copilot co-pilot motorist \
         prosecutor procureur procureure researcher chercheur chercheuse scientist \
         scholar historian historien historienne novelist romancier romanciere \
         poet poete reporter columnist editorialiste chroniqueur chroniqueuse photographer \
         photographe filmmaker cineaste realisateur realisatrice musician musicien musicienne \
         rapper rappeur architect architecte engineer ingenieur surgeon chirurgien \
         chirurgienne nurse infirmier infirmiere psychologist psychologue entrepreneur \
         businessman businesswoman billionaire milliardaire millionaire millionnaire \
         candidate candidat nominee incumbent opponent adversaire opposant opposante \
         activist activiste campaigner protester manifestant blogger \
         blogueur blogueuse diplomat diplomate ambassador ambassadeur ambassadrice envoy \
         emissaire lawmaker legislator politician parlementaire congressman congresswoman \
         councillor councilor conseiller conseillere commissioner commissaire inspector \
         inspecteur inspectrice detective policier policiere gendarme soldier soldat \
         admiral amiral commander commandant astronaut astronaute athlete player joueur \
         joueuse striker attaquant attaquante midfielder defender defenseur goalkeeper \
         keeper gardien gardienne winger teammate coequipier coequipiere coach entraineur \
         entraineuse boxer boxeur swimmer nageur nageuse cyclist cycliste sprinter golfer \
         golfeur skier skieur skieuse skipper sailor runner coureur coureuse jockey referee \
         arbitre student etudiant etudiante teacher enseignant enseignante pupil teenager \
         adolescent adolescente boy girl garcon fille fils wife husband epouse mari widow \
         veuve father mother pere mere brother sister frere soeur uncle aunt oncle tante \
         nephew niece neveu cousin cousine grandson granddaughter grandfather grandmother \
         friend ami amie colleague collegue republicain republicaine democrate socialiste \
         communiste ecologiste centriste travailliste illustrator illustrateur illustratrice \
         artist artiste painter peintre sculptor sculpteur cartoonist dessinateur dessinatrice \
         comedian comedien comedienne humoriste animateur animatrice presentateur \
         presentatrice composer compositeur compositrice dancer danseur danseuse \
         designer member membre manager analyst analyste famille biologist biologiste \
         physicist physicien physicienne chemist chimiste mathematician mathematicien \
         mathematicienne philosopher philosophe linguist linguiste astronomer astronome \
         geologist geologue meteorologist meteorologue climatologist climatologue \
         archaeologist archeologue anthropologist anthropologue sociologist sociologue \
         zoologist zoologiste botanist botaniste biochemist biochimiste virologist virologue \
         epidemiologist epidemiologiste neuroscientist braqueur braqueuse terroriste \
         djihadiste jihadiste suspect suspecte victime victim gunman assaillant assailant \
         tireur shooter meurtrier meurtriere killer accuse accusee defendant plaignant \
         plaignante plaintiff prisonnier prisonniere prisoner detenu detenue detainee otage \
         hostage fugitif militant militante pilote pretre planner accountant comptable \
         consultant consultante physician dentist dentiste pharmacist pharmacien pharmacienne \
         agriculteur agricultrice agent critic commentator commentateur commentatrice \
         shepherd bergere farmer fermier fermiere fisherman ouvrier ouvriere curator \
         pastor monk moine nun medecin doctorant doctorante stagiaire volunteer benevole \
         refugee refugie refugiee migrant migrante witness temoin habitant habitante \
         officer officier investigator enqueteur enqueteuse author auteur autrice \
         homologue counterpart successeur successor predecesseur predecessor",
    ) {
        set(w, OCCUPATION);
    }
    for w in words(
        "societe société groupe agence entreprise firme site application appli plateforme \
         banque fonds geant géant company firm group startup start-up marque operateur opérateur \
         journal quotidien hebdomadaire magazine chaine chaîne radio enseigne constructeur \
         editeur éditeur moteur filiale holding cabinet reseau réseau service brand retailer \
         bank fund giant agency website app platform newspaper broadcaster subsidiary rival \
         concurrent concurrents multinationale multinational conglomerat conglomerate \
         fabricant manufacturer carmaker automaker chipmaker",
    ) {
        set(w, ORG_CUE);
    }
    for w in words(
        "bourse banque commission ministere ministère universite université agence institut \
         conseil cour tribunal chambre caisse fondation musee musée office autorite autorité \
         comite comité parti federation fédération confederation confédération union association \
         mutualite mutualité mutuelle syndicat societe société \
         groupe credit crédit palais theatre théâtre assemblee assemblée senat sénat ecole école \
         hopital hôpital centre observatoire direction prefecture préfecture mairie region \
         région departement département conservatoire academie académie compagnie \
         exchange ministry department university institute council court committee \
         bureau party foundation agency authority association school college hospital \
         museum board federal reserve national bank rassemblement mouvement front parlement \
         municipality church organization organisation society league ligue service \
         administration center academy alliance coalition corps army navy guard police \
         parliament assembly fund trust brotherhood sisterhood fraternity guild club journal \
         institution laboratory laboratories observatory gallery galleries galerie \
         unit division senate chamber house armee radio times poste \
         monitor tribune gazette chronicle inquirer",
    ) {
        set(w, ORG_HEAD);
    }
    for w in words(
        "holdings holding group groupe inc corp corporation company ltd limited sa sas sarl ag gmbh plc \
         llc co bank business capital partners technologies technology systems airlines \
         airways air motors media news labs ventures international industries energy pharma \
         telecom electronics entertainment studios network networks europe music records \
         pictures productions films games publishing broadcasting communications insurance \
         foods brands hotels resorts pharmaceuticals software solutions logistics \
         therapeutics oncology biosciences biotech biotechnology genomics biopharma \
         semiconductor semiconductors petroleum mining chemicals apparel bancorp bancshares \
         motorsports motorsport racing aerospace automotive robotics \
         incorporated brothers bros stores asa oyj pcl tbk bhd berhad kgaa pty ai cie l.p l.l.c \
         llp lp",
    ) {
        set(w, ORG_SUFFIX);
    }
    for w in words("a à en au aux depuis vers in from at near to") {
        set(w, PLACE_CUE);
    }
    for w in words("depuis near basee basée base basé situe situé") {
        set(w, PLACE_CUE_STRONG);
    }
    for w in words(
        "an ans annee années annees année mois semaine semaines jour jours heure heures minute \
         minutes seconde secondes siecle siècle siecles siècles decennie décennie decennies \
         décennies trimestre trimestres year years month months week weeks day days hour hours \
         minutes second seconds century centuries decade decades quarter quarters fois times \
         h min km/h",
    ) {
        set(w, TIME_UNIT);
    }
    for w in words(
        "les des ces ses leurs nos vos mes tes the these those its their his her our your my \
         l le la ce cette sa son leur notre votre premiers derniers all tous toutes",
    ) {
        set(w, DEFINITE);
    }
    for w in words("numero numéro number no n top rang rank page chapitre chapter article") {
        set(w, RANK);
    }
    for w in words(
        "nouveaux nouvelles nouveau nouvelle grands grandes grand grande petits petites petit \
         petite autres premiers premieres premières derniers dernieres dernières jeunes vieux \
         anciens anciennes bons bonnes gros grosses principaux principales vrais vraies \
         new more other additional active young old large small big major new-born \
         extra further different million seul seule",
    ) {
        set(w, PRE_ADJ);
    }
    for w in words(
        "premier premiere deuxieme second seconde troisieme quatrieme dernier first third \
         fourth last 1er 1re 2e 3e 4e 2eme 3eme 4eme 1st 2nd 3rd 4th printemps ete automne \
         hiver spring summer autumn fall winter first-quarter second-quarter third-quarter \
         fourth-quarter first-half second-half",
    ) {
        set(w, PERIOD);
    }
    for w in words("pourcent percent pct") {
        set(w, PERCENT_WORD);
    }
    for w in words("debut début fin mi courant mid early late end beginning") {
        set(w, DATE_MOD);
    }
    for w in words("a à au to through until jusqu") {
        set(w, RANGE);
    }
    for w in words("de d of des du") {
        set(w, OF);
    }
    for w in words("de du des d von van der den di da del della dos do bin ben al el of y") {
        set(w, PARTICLE);
    }
    for w in words(
        "fondateur fondatrice cofondateur pdg ceo president présidente directeur directrice \
         patron ministre porte-parole founder chief chairman ans age aged candidate candidat \
         spokesman spokeswoman spokesperson senator sénateur sénatrice député députée \
         maire mayor governor gouverneur coach entraîneur entraineur secretary secrétaire \
         minister director executive chef",
    ) {
        set(w, PERSON_CUE_AFTER);
    }
    for w in words(
        "de d du des of et and ou or a à en pour par sur plus moins environ pres près \
         qui que dont the a an to in on for by with from at am pm others autres face \
         er ere eme nd rd th",
    ) {
        set(w, NOT_HEAD);
    }
    for &(w, v) in crate::model::calendar::MONTHS {
        let e = m.entry(w.to_string()).or_insert(Lex::NONE);
        e.flags |= MONTH;
        e.val = v as f64;
    }
    for &(w, v) in NUMBERS {
        let e = m.entry(w.to_string()).or_insert(Lex::NONE);
        e.flags |= NUMWORD;
        e.val = v;
    }
    for &(w, v) in SCALES {
        let e = m.entry(w.to_string()).or_insert(Lex::NONE);
        e.flags |= SCALE;
        e.val = v;
    }
    for &(w, v) in APPROXES {
        let e = m.entry(w.to_string()).or_insert(Lex::NONE);
        e.flags |= APPROX;
        e.val = v;
    }
    for (i, (_, ws)) in CURRENCIES.iter().enumerate() {
        for w in ws.iter().filter(|w| !w.contains(' ')) {
            let e = m.entry(w.to_string()).or_insert(Lex::NONE);
            e.flags |= CURRENCY;
            e.cur = i as u8;
        }
    }
    m
}

/// The lexicon entry of a folded word.
#[inline]
pub fn lookup(folded: &str) -> Lex {
    if folded.len() > MAX_LEN {
        return Lex::NONE;
    }
    TABLE.get(folded).unwrap_or(Lex::NONE)
}

/// The longest word looked up: longer words are no entry.
const MAX_LEN: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_table_finds_what_the_map_holds() {
        let map = entries();
        for (word, lex) in &map {
            let want = if word.len() <= MAX_LEN {
                *lex
            } else {
                Lex::NONE
            };
            assert_eq!(lookup(word), want, "{word}");
        }
        for word in ["", "paris", "zzzz", "the-", "a-t-il-dit-que-oui", "de\u{0}"] {
            assert_eq!(lookup(word), map.get(word).copied().unwrap_or(Lex::NONE));
        }
    }
}
