#!/usr/bin/env python3
"""Write fresh86/texts: 12 French news items and communiqués of the DISIC/DINSIC/DINUM (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file (the commit it reported
for the stored version read is in SOURCES below) and the plain text was transcribed from that reading
into TEXTS below by hand (no program read the raw Markdown; this script only writes the result), with
these rules (the same as fresh76's, fresh78's, fresh81's and fresh84's):

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ');
  blank line; dateline = the front matter's `date`, written "14 mai 2021" ("1er ..." for day 1); blank
  line; body.
- the front matter's `chapeau-text` is the first body paragraph (a literal block "|-" with two
  paragraphs gives two paragraphs); other front-matter fields (images, files, press contacts, tags,
  style) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote/box marks, "<br>", "<p>", "<sup>", "{: ...}" markers, HTML tags (the words of an HTML box kept);
  a link "[text](address)" keeps its text; a line that is only a link or a button ("En savoir plus ...",
  "Consulter ...", "Postuler ...", "Visionner ...", "Programme et inscription ...", "Pour en savoir plus
  ...") is dropped; list items "* text" written "- text"; a newline inside a sentence (hard wrap) is
  joined with one space; trailing spaces and tabs dropped; double spaces inside lines kept as in the
  source.
- cuts and other omissions: see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_rgaa_v3_label_e_accessible.txt": (
        "_actualites/accessibilite-numerique-la-france-rajeunit-son-referentiel-et-lenrichit-dun-label.markdown",
        "00347ced19fdfc4acb3e0a855cd146c69de6773c"),
    "fr02_dataconnexions_super_lachaise.txt": (
        "_actualites/dataconnexions-les-concepteurs-de-super-lachaise-tracent-leur-route.markdown",
        "0f38fd74c0cd6334fab4b72c747b8441f4c22320"),
    "fr03_mooc_services_publics_innovants.txt": (
        "_communiques/lancement-du-mooc-<<-creer-des-services-publics-numeriques-innovants->>.markdown",
        "0b38c3ccb64f2f7927c26d171d239a773c883243"),
    "fr04_franceconnect_20_millions.txt": (
        "_communiques/franceconnect-cap-20-millions-utilisateurs.markdown",
        "11b18b12e6d1f10cfaf9fcbcfae42732acbc38d0"),
    "fr05_observatoire_7_nouvelles_demarches.txt": (
        "_communiques/le-gouvernement-accelere-la-numerisation-des-services-publics-avec-7-nouvelles-demarches-disponibles-en-ligne.markdown",
        "36ca642eb4c1eaee3842b440fc051bb25765f0f0"),
    "fr06_barometre_numerique_agents_2021.txt": (
        "_actualites/barometre-numerique-des-agents-2021-une-plus-grande-capacite-de-travail-a-distance-pour-les-agents-publics.markdown",
        "1265ab90e24cbee5920149f9969e5b1190a34e79"),
    "fr07_france_relance_rennes_2022.txt": (
        "_communiques/france-relance-accelerateur-de-la-transformation-publique.markdown",
        "51219753623755af1ef0e192c7317a47ba07c6b1"),
    "fr08_accessibilite_ordonnance_sanctions.txt": (
        "_communiques/accessibilite-numerique-a-100-percent-le-gouvernement-passe-a-la-vitesse-superieure-et-presente-une-ordonnance-visant-a-controler-laccessibilite-des-sites-des-administrations-publiques-a-compter-2024.markdown",
        "13d3519b5c0fa62514f848b2dba53a959059661d"),
    "fr09_france_chaleur_urbaine_open_data.txt": (
        "_actualites/beta-dev-france-chaleur-urbaine.markdown",
        "016aac73c2d3a068aadccc956277b62133615ad7"),
    "fr10_application_agora.txt": (
        "_communiques/application-agora-associer-les-francais-aux-decisions-qui-les-concernent.markdown",
        "3c07f7aa7669415a1f780b3ecbe2081d9aed9aa4"),
    "fr11_ia_incubateur_alliance_albert.txt": (
        "_communiques/intelligence-artificielle-letat-sengage-pour-rendre-laction-publique-plus-simple-plus-efficace-au-benefice-des-francais.markdown",
        "03267a542d8008e127067edbae9e680fb2aee356"),
    "fr12_eig_nouvelle_version_2024.txt": (
        "_communiques/entrepreneurs-dinteret-general-letat-devoile-la-nouvelle-version-du-programme-et-appelle-les-administrations-et-professionnels-du-numerique-a-postuler-jusqua-30-postes-ouverts-en-2024.markdown",
        "014bb683fef23bbc1f2e256978b4116e473b560c"),
}

TEXTS = {}

TEXTS["fr01_rgaa_v3_label_e_accessible.txt"] = """Accessibilité numérique : la France rajeunit son référentiel et l’enrichit d’un label

27 février 2019

La DISIC sort une version entièrement mise à jour du RGAA, le référentiel d’accessibilité numérique pour les sites Internet de l’administration. Mieux : elle l’a assorti d’une série de mesures d’accompagnement. La plus emblématique concerne un label qui traduit le niveau de conformité au RGAA et valorise également une démarche organisationnelle déployée autour de l’accessibilité numérique.

« L’accessibilité, ce n’est pas simplement les lieux. C’est aussi le numérique. Et le numérique ne doit pas être une barrière de plus, un interdit de plus, mais un levier de plus, une chance de plus. C’est pourquoi la mise en accessibilité des sites de l’Etat est le premier impératif. » En clôture de la Conférence nationale sur le handicap (CNH) de décembre 2014, le Président de la République donne le ton et le cap.

L’enjeu est crucial : il en va de l’égalité des droits et des chances. Et le chemin est encore long : selon une étude BrailleNet, début 2014, seuls 4% des sites Internet de l’administration affichaient une déclaration de conformité. A savoir un document réglementaire produit par l’administration, reflétant son niveau d’accessibilité numérique.

Consciente de son retard, l’administration se donne aujourd’hui les moyens de changer la donne. L’Etat, par le biais de la direction interministérielle des systèmes d’information et de communication (DISIC), au sein du SGMAP, vient en effet de mettre à jour le référentiel général d’accessibilité pour les administrations (RGAA), le référentiel sur lequel sont tenues de s’appuyer les administrations françaises pour évaluer la conformité de leurs sites aux règles internationales. Sa nouvelle version, la v3, s’adapte aux nouvelles technologies du web (HTML5 notamment). Tout aussi important que la mise à jour, cette mouture est désormais assortie d’un volet accompagnement.

Rappels historiques

Le RGAA est le fruit d’une résolution du Parlement européen qui impose aux Etats membres de respecter les WCAG (Web Content Accessibility Guidelines) pour les sites de la fonction publique. Sa création en 2009 est assortie d’un décret (n°2009-546) le rendant obligatoire (en application de l’article 47 de la loi « Handicap » du 11 février 2005). En détail, l’administration est tenue de respecter les critères de niveau A et AA du RGAA (le référentiel compte 3 familles de critères : A, AA et AAA). L’Etat disposait ainsi de 2 ans (jusqu’en 2011) pour mettre son web aux normes, et l’administration territoriale d’une année supplémentaire (jusqu’en 2012).

Seulement il est vite apparu que ce premier RGAA n’était pas suffisamment repris sur le terrain (pas assez opérationnel, complexe à mettre en œuvre, peu d’accompagnement, etc.). C’est la raison pour laquelle, à l’issue de la Conférence nationale du handicap de juin 2011, les pouvoirs publics ont souhaité confier au Fonds pour l'insertion des personnes handicapées dans la fonction publique (FIPHFP), en lien avec la DISIC et le Service d’information du gouvernement, le soin de mettre en œuvre un plan d’accessibilité numérique. Ce plan avait pour vocation de rendre accessibles les sites Internet et Intranet du gouvernement. Il visait également à promouvoir l’usage de logiciels accessibles au sein des administrations pour les agents.

Le mandat de la DISIC

Pour la période 2014-2016, la DISIC a ainsi hérité d’une enveloppe de 4,5M€. Son mandat : adapter le RGAA, favoriser les formations et réaliser une trentaine d’audits d’éligibilité et de labélisation pour des employeurs des trois fonctions publiques.

Dans ce contexte, à travers un marché, la DISIC a mis en place un groupement (emmené par la SSII Smile) qui compte parmi les meilleurs experts en accessibilité numérique. Les travaux du programme Accessibilité numérique de la DISIC ont débuté en avril 2014. Ils se sont articulés autour de 2 axes : d’une part la mise à jour technique du RGAA, d’autre part le déploiement de mesures d’accompagnement, destinées à assurer sa pérennité et à susciter la mobilisation des administrations.
"""

TEXTS["fr02_dataconnexions_super_lachaise.txt"] = """[Dataconnexions] Les concepteurs de Super Lachaise tracent leur route

20 janvier 2016

Maxime Le Moine a été recruté comme développeur mobile. Lucie Le Moine et Félix Elvis Le Pottier ont cofondé une startup dans la BD numérique. Les trois concepteurs de l’application mobile et tablette Super Lachaise mettent à profit dans leurs nouvelles fonctions l’expérience acquise sur ce projet, coup de cœur du jury de Dataconnexions en 2015. Une reconnaissance de la qualité de leurs travaux qui leur a apporté de la crédibilité.

Ils sont d’ores et déjà plusieurs milliers à avoir téléchargé Super Lachaise sur leur iPhone pour se repérer dans les dédales du cimetière du Père-Lachaise et accéder aux biographies des personnalités qui y ont élu demeure. L’application, qui agrège des données de Wikipedia, Wikimedia Commons et OpenStreetMap, devrait voir son audience bondir dès que les versions en langue anglaise et pour Android seront achevées. Ses trois concepteurs font le point sur un projet instructif à de multiples égards.

Qu’est-ce que le projet Super Lachaise vous a apporté à chacun d’entre vous ?

Maxime Le Moine. Ce fut formateur. Si j’ai été embauché comme développeur d’applications mobiles dans une entreprise au service de la presse, je le dois à Super Lachaise, une première incursion dans la conception d’applications pour iOS. Je m’étais lancé dans ce projet pour aider les visiteurs à se repérer dans le cimetière du Père-Lachaise et, en parallèle, pour apprendre à développer en environnement mobile. J’ai poursuivi ensuite dans cette voie avec Strate, projet d’application mobile géolocalisée.
"""

TEXTS["fr03_mooc_services_publics_innovants.txt"] = """Lancement du MOOC « Créer des services publics numériques innovants »

1er octobre 2018

Découvrir en 1h30 la méthode Startup d’État. C’est la promesse du MOOC « Créer des services publics numériques innovants » lancé par beta.gouv.fr, incubateur de services numériques au sein de la direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC) et le centre national de la fonction publique territoriale (CNFPT).
L’objectif ? Permettre aux agents publics désireux d’innover de se lancer.

Fabriquer des services publics numériques autrement

Depuis 2013, beta.gouv.fr développe une nouvelle manière de construire des services publics numériques. Une Startup d’État et de Territoire est une équipe dédiée qui développe une solution à un problème de politique publique en travaillant en lien direct avec les usagers. En moins de 6 mois, elle met en service une première version de cette solution et reçoit les moyens de grandir en fonction de son impact. Mes-aides.gouv.fr, La Bonne Boîte, ou encore le pass Culture : la communauté beta.gouv.fr a développé une soixantaine de produits qui contribuent à améliorer le service public.

Former les agents publics à la méthode Startup d’État

Lancé dans le cadre du programme de développement concerté de l’administration numérique territoriale (DCANT), le MOOC « Créer des services publics numériques innovants » s’adresse aux agents publics confrontés à des irritants sur leur territoire qui souhaitent innover mais ne savent pas comment se lancer. Aucune compétence en informatique préalable n’est requise.

Modalités de formation

Après inscriptions (ouvertes du 1 er octobre au 15 novembre),  les cours seront accessibles à la carte en se connectant à la plateforme FUN, du 15 octobre au 30 novembre 2018. Les apprenants seront formés par les membres de la communauté beta.gouv.fr en 5 séquences thématiques.

Chaque module est composé de vidéos formatives pour comprendre les concepts, de témoignages des membres de la communauté beta.gouv.fr (coachs, développeurs, agents, sponsors) et d’une fiche produit à remplir pour passer de la formation à l’action. Tout au long de la formation, les apprenants auront accès à un forum de discussion pour pouvoir dialoguer à tout moment avec la responsable de la formation. À l’issue de la formation, les participants seront en mesure de proposer la création d’un service innovant répondant à un vrai problème et d’élaborer une feuille de route pour obtenir de premiers résultants en moins de six mois.
"""

TEXTS["fr04_franceconnect_20_millions.txt"] = """FranceConnect franchit le cap des 20 millions d’utilisateurs et se déploie sur le site de Pôle Emploi à partir de janvier 2021

17 décembre 2020

Amélie de Montchalin, ministre de la Transformation et de la Fonction publiques, accélère le déploiement de FranceConnect, qui simplifie et sécurise l’accès aux démarches administratives de 20 millions de Français.

Créé en 2016 et opéré par la direction interministérielle du numérique (DINUM) dans le cadre du programme TECH.GOUV, sous l’autorité de la ministre, FranceConnect permet à tout utilisateur ayant déjà un compte impots.gouv.fr, Ameli, de la mutualité sociale agricole (MSA), une identité numérique de La Poste ou Mobile Connect et Moi, de se connecter à plus de 800 services en ligne, sans créer de nouvel identifiant. Pôle Emploi rejoint à partir de janvier 2021 la liste des services accessibles via FranceConnect, et facilitera ainsi le parcours des demandeurs d’emploi qui n’auront plus besoin d’avoir recours à de multiples mots de passe.

Pour rendre l’action publique plus efficace pour tous les citoyens, la ministre de la Transformation et de la Fonction publiques accélère la numérisation des démarches administratives grâce aux financements du plan de relance. 32 millions d’euros y sont spécifiquement dédiés, avec un accent mis sur l’ergonomie des démarches en ligne, leur simplicité et leur accessibilité aux personnes en situation de handicap. L’utilisation de FranceConnect par les collectivités territoriales bénéficiera également d’un soutien de l’État.

Le déploiement de FranceConnect va donc se poursuivre pour atteindre l’objectif de 30 millions d’utilisateurs d’ici fin 2022 et permettre d’accéder à plus de 1 300 services en ligne.

FRANCECONNECT EN BREF :

- Lancement du programme en 2016 ;
- Plus de 800 services accessibles en ligne de manière simple et sécurisée ;
- 20 millions de personnes FranceConnectées ;
- 30 millions d’utilisateurs est l’objectif fixé pour fin 2022 ;
- Plus de 10 millions de connexions par mois en moyenne en 2020 ;
- Plus de 550 000 nouveaux utilisateurs par mois en moyenne en 2020 ;
- Le top 10 des services en ligne qui ont intégré FranceConnect : l’agence nationale des titres sécurisés (ANTS), les sites de retraite, Mon compte formation ou encore demande de logement social.
"""

TEXTS["fr05_observatoire_7_nouvelles_demarches.txt"] = """Le gouvernement accélère la numérisation des services publics avec 7 nouvelles démarches disponibles en ligne

14 mai 2021

Le Président de la République s’est engagé à rendre accessible en ligne l’intégralité des services publics du quotidien à l’horizon 2022, pour permettre à tous les Français d’accéder facilement aux informations et aux démarches administratives, partout et tout le temps. Pour suivre la mise en œuvre de cet engagement en toute transparence, le ministère de la Transformation et de la Fonction publiques a mis en place l’observatoire de la qualité des démarches en ligne, disponible sur observatoire.numerique.gouv.fr.

La crise sanitaire a démontré la nécessité d’accélérer résolument la numérisation des services publics.

Pour répondre aux attentes des Français, le Gouvernement rend disponible en ligne 7 nouvelles démarches parmi les 250 les plus fréquemment réalisées par les Français. C’est par exemple le cas de l’établissement d’une procuration de vote au ministère de l’intérieur ou encore de la saisine du juge aux affaires familiales au ministère de la justice.

La ministre de la Transformation et de la Fonction publiques publie aujourd’hui l’édition de l’observatoire du second trimestre 2021, qui montre des avancées très concrètes pour le quotidien des Français depuis la dernière publication en janvier.

Le Gouvernement est mobilisé pour proposer aux citoyens des démarches en ligne ergonomiques, simples, accessibles et inclusives. Aussi, sept critères de qualité sont suivis précisément par le ministère de la Transformation et de la Fonction publiques pour chacune des démarches en ligne.

La part des démarches proposant une connexion via FranceConnect est aujourd’hui de 67%, par rapport à 59% en janvier. La compatibilité pour téléphone mobile est désormais assurée pour 77% des démarches contre 72% en janvier.

L’accessibilité numérique pour les personnes en situation de handicap est satisfaisante sur 14% des démarches. Afin d’accélérer résolument la mise en conformité des sites administratifs, le Gouvernement a alloué une enveloppe de 32 millions d’euros dans le cadre du plan France Relance.

En trois mois, la part des démarches en ligne ayant réalisé un audit d’accessibilité et publié une déclaration d’accessibilité est passée de 26% à 57%.

Par exemple, la candidature à un emploi public sur le portail fonction-publique.gouv.fr est désormais accessible aux personnes en situation de handicap.

Le numérique ne doit pas être la seule option d’accès au service public. Le Premier ministre a annoncé lors du 5ème comité interministériel de la transformation publique le déploiement d’un plan téléphone pendant l’année 2021. Parallèlement, l’ouverture et la labellisation des espaces France Services se poursuit partout sur le territoire.
"""

TEXTS["fr06_barometre_numerique_agents_2021.txt"] = """Baromètre numérique des agents 2021 : une plus grande capacité de travail à distance pour les agents publics

13 septembre 2021

La DINUM publie les résultats de l’édition 2021 du baromètre numérique de l’agent, l’enquête qui recueille l’avis des agents de l’État sur leur environnement numérique de travail.

Pour la 3e année consécutive, la DINUM, avec les DNUM ministérielles, renouvelle le Baromètre numérique de l’agent (BNA). Menée en juin 2021, la consultation auprès des agents issus de 12 ministères et des services du Premier ministre (administrations centrales et déconcentrées, hors fonction publique hospitalière et enseignement) a porté sur 4 thématiques liées à leur environnement de travail numérique : l’équipement, les outils et applications, la connectivité et les réseaux, le support et la formation.

Pour cette édition 2021, la participation à l’enquête BNA est en hausse avec 108 313 répondants, soit un taux de réponse de 18% (14% en 2020). Les résultats obtenus révèlent les efforts menés par les différents ministères pour améliorer l’environnement de travail numérique des agents et l’adapter aux nouveaux modes de travail, dans un contexte de crise sanitaire.

Le baromètre numérique de l'agent est une action menée dans le cadre du programme TECH.GOUV d'accélération de la transformation numérique du service public, piloté par la DINUM, sous l'autorité de la ministre de la Transformation et de la Fonction publiques.

Plus de 3 agents sur 4 en capacité de travailler à distance

L’équipement des agents publics permet un meilleur usage à distance de même qu’il répond aux exigences portées depuis le début de la crise sanitaire en matière de modes de travail hybrides. Les résultats du BNA 2021 reflètent, en effet, les efforts menés par les administrations pour renouveler les postes de travail des agents en 2020 et 2021 : plus des deux tiers (70%) des répondants déclarent ainsi être équipés en ordinateurs portables (+20 pts) et plus d’un quart (28%) sont équipés de smartphones (+5 pts).

Ces investissements en équipements nomades impactent la perception des agents sur leur capacité à travailler à distance : plus des trois quarts (78%) déclarent être équipés pour travailler à distance (+10 pts), dont 35% complètement et 43% partiellement. Par ailleurs, le renouvellement des postes de travail permet d’inscrire le télétravail comme tendance de fond qui se généralise chez les agents publics : ainsi, près de la moitié des agents (45%) déclarent pratiquer le télétravail au moins une fois par an, en dehors de la période liée au Covid-19 (+8 pts).

Faciliter le travail à distance demeure une priorité pour les administrations tant au regard de la situation sanitaire que de l’évolution des pratiques professionnelles. L’acquisition de nombreux équipements nomades (ordinateurs portables, smartphones) ces derniers mois y participe très largement.

Une satisfaction stable dans un contexte de transformation de l’environnement de travail numérique des agents

Les deux tiers (67%) des agents attribuent une note supérieure ou égale à 6/10 lorsqu’il est question d’évaluer leur environnement de travail numérique, la note moyenne pour cette troisième édition est 6,1/10 (-0,1 pt).

La satisfaction des agents reste stable et se révèle particulièrement marquée lorsqu’il s’agit de l’équipement informatique avec 76% des agents qui s’en déclarent satisfaits (+4 pts) : cette meilleure appréciation sur ce volet s’explique par la réactivité des administrations en contexte de crise et de confinements successifs pour adapter les postes de travail au travail à distance et par la dotation accélérée en équipements nomades.
"""

TEXTS["fr07_france_relance_rennes_2022.txt"] = """France Relance : accélérateur de la transformation publique

11 mars 2022

Amélie de Montchalin, ministre de la Transformation et de la Fonction publiques présente, à Rennes le 11 mars 2022, les avancées de France Relance au service de la transformation numérique de l'État et des collectivités territoriales pour faciliter la vie des usagers, renforcer la transparence et l’efficacité de l'action publique, améliorer les outils de travail des agents publics et accélérer la transformation et l'innovation numériques dans tous les territoires.

ÉDITO

France Relance est une occasion inédite d’accompagner les transformations économiques, sociales et environnementales de notre pays.

Pour mieux répondre aux attentes des Français vis-à-vis de leurs services publics, l’action publique elle-même doit se transformer.

Tout d’abord, nous devons faciliter la vie des usagers, en proposant des services publics plus simples et accessibles à tous. Ensuite, il faut renforcer l’efficacité de l’action publique, en rendant compte des résultats des politiques publiques dans le quotidien de chacun. Cela implique de réarmer l’État dans les territoires, au plus proche de nos concitoyens. Enfin, cette transformation nécessite de faire davantage confiance et de donner de meilleurs outils aux agents publics, premiers acteurs de cette transformation.

Les investissements inédits de 500 millions d’euros de France Relance dans la mise à niveau numérique de l’État et des territoires permettent d’accélérer la mise en œuvre de ces chantiers de transformation. Ils renforcent les moyens du fonds pour la transformation de l’action publique, mis en place dès 2018.

Plus de 288 millions d’euros ont déjà été investis dans 3 600 projets concrets de numérisation et d’amélioration des services publics, partout en France, portés par des ministères, des collectivités territoriales ou des opérateurs publics. Ces investissements ont permis des simplifications très concrètes au bénéficie des Français comme les demandes de permis de construire, la procuration de vote, la demande d’aide juridictionnelle ou encore les déclarations auprès des services des impôts.

La transformation des services publics accélère. Elle ouvre dès à présent des perspectives nouvelles, pour une action publique du quotidien, plus simple et plus efficace.

Amélie de Montchalin
Ministre de la Transformation et de la Fonction publiques
"""

TEXTS["fr08_accessibilite_ordonnance_sanctions.txt"] = """Accessibilité numérique à 100% : le Gouvernement passe à la vitesse supérieure et présente une ordonnance visant à contrôler l’accessibilité des sites des administrations publiques à compter 2024

6 septembre 2023

L’accessibilité numérique à 100% est un des objectifs fixés lors de la conférence nationale du handicap (CNH) le 26 avril dernier sous l’égide du Président de la République Emmanuel Macron. Dans cette perspective, le Gouvernement présente une ordonnance visant à renforcer les sanctions des manquements aux obligations d’accessibilité des services de communication au public en ligne, prévues dans la loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées.

Si l’État a lancé un plan de rattrapage massif pour garantir l’accessibilité des démarches et sites internet publics, l’enjeu est désormais d’accélérer les efforts engagés et contrôler le respect de la mise en conformité de tous les sites à compter 2024.

L'ordonnance introduit trois nouveautés relatives à l'accessibilité des sites web des administrations publiques :
1) En ce qui concerne l'accessibilité des sites, déjà rendue obligatoire depuis la loi de 2005, le non-respect de cette exigence est maintenant passible de sanctions, dont le montant maximal est fixé à 50 000€.

2) L'Autorité de régulation de la communication audiovisuelle et numérique (ARCOM) est désormais compétente pour identifier et constater les manquements, en s’appuyant notamment sur des méthodes de collecte automatisée, émettre des injonctions préalables aux sanctions.

3) Si un manquement sanctionné persiste plus de six mois après l'imposition de la sanction initiale, une nouvelle sanction peut être imposée (au lieu d'un an auparavant).

Certaines obligations restent inchangées : les obligations complémentaires, qui incluent la publication d'une déclaration d'accessibilité, l'élaboration et la publication d'un schéma pluriannuel (sur trois ans) de mise en accessibilité décliné en plans d'actions annuels, la publication du plan d'action de l'année en cours, l'indication sur la page d'accueil si le site est conforme ou non, et la possibilité pour les utilisateurs de signaler facilement les manquements à l'accessibilité. Le non-respect des obligations complémentaires demeure passible de sanctions, avec une limite fixée à 25 000€.
"""

TEXTS["fr09_france_chaleur_urbaine_open_data.txt"] = """Ouverture des données des tracés des réseaux de chaleur et de froid : retour sur l’accompagnement de l’incubateur de services numériques de la DINUM beta.gouv.fr auprès de France Chaleur Urbaine

25 septembre 2023

Incubé au sein de la La Fabrique Numérique de l'Ecologie, le service public numérique France Chaleur Urbaine a ouvert les données cartographiques des réseaux de chaleur au public le 1er septembre 2023. Cette ouverture permet la diffusion de données de 639 réseaux de chaleur en France. Attendue depuis plusieurs années, elle contribue au développement de ce mode de chauffage écologique et économique. Cette avancée fait notamment suite à l’accompagnement de beta.gouv.fr, l’incubateur de services numériques de la DINUM. Retour sur cet accompagnement avec Florence Levy intrapreneure de France Chaleur Urbaine et Mael Inizan, coach produit et en charge du suivi de France Chaleur Urbaine au sein de l’incubateur de services numériques beta.gouv.fr de la DINUM.

France Chaleur Urbaine permet à toute personne qui le souhaite (particulier, professionnel…) de vérifier si un réseau de chaleur* passe à proximité de son bâtiment. L’ouverture des données cartographique des réseaux de chaleur est un pas supplémentaire de franchi : il rend possible leur appropriation par l’ensemble des acteurs de la rénovation énergétique (bureaux d’études, institutionnels, ...) et va ainsi permettre de faire beaucoup plus largement connaître ce mode de chauffage encore sous-exploité. Grâce aux raccordements ainsi générés, les émissions de gaz à effet de serre produites par le chauffage des bâtiments seront réduites.

1) Question : A quoi correspond l’accompagnement de beta.gouv.fr ?

Réponse Mael Inizan : Le programme d’incubation de beta.gouv.fr repose sur plusieurs phases allant de l’investigation au transfert. L’investigation consiste à identifier le problème à résoudre et à valider qu’il peut être résolu grâce au numérique. La construction a pour but de constituer son équipe et développer la première version de la solution sur un terrain d’expérimentation. La phase d’accélération consiste à disposer d’un produit fini déployé au niveau national et la phase de transfert créé les conditions de la reprise en assurant la pérennité du projet au sein de son administration d‘origine.

2) Question : De quel accompagnement a bénéficié France Chaleur Urbaine dans le cadre de l’ouverture des données des tracés des réseaux de chaleur et de froid ?

Réponse Florence Levy : France Chaleur Urbaine a été lauréate du fonds d'accélération des Startups d'État et de Territoires (FAST) en 2021, puis d’un guichet France Relance porté par la DINUM, visant à développer la collaboration des écosystèmes grâce au numérique, en 2022. A ce titre, nous avons été accompagnées de manière opérationnelle et stratégique par des experts du numérique de la DINUM, en particulier des coachs produits, et soutenues financièrement à hauteur de 860 000 €. France Chaleur Urbaine est également soutenu par la direction régionale et interdépartementale de l’environnement, de l’aménagement et des transports d'Île-de-France (DRIEAT), l’Agence de la transition écologique (ADEME) et la direction générale de l’énergie et du climat (DGEC).

L'accompagnement de beta.gouv.fr nous a permis de nous concentrer sur l'impact pour les usagers et de prendre conscience de l'importance du travail de déploiement. Ainsi, nous interagissons en permanence avec nos usagers et tenons compte de leurs retours pour faire évoluer le service. Cette démarche courante dans le monde du numérique est encore peu répandue dans l'administration d’où la nécessité d’un accompagnement par des équipes expertes. L'accompagnement juridique dont nous avons pu bénéficier dans le cadre de beta.gouv.fr nous a également été précieux pour l'ouverture des données.

3) Question : Où en est aujourd’hui France Chaleur Urbaine aujourd’hui ?

Réponse Florence Levy : Aujourd’hui, France chaleur Urbaine compte plus de 10 000 visiteurs par mois, 55 000 adresses testées par des particuliers et plus de 300 000 adresses testées par des professionnels (bailleurs sociaux, gestionnaires de parcs tertiaires…).
"""

TEXTS["fr10_application_agora.txt"] = """Application Agora : associer les Français aux décisions qui les concernent

28 septembre 2023

Avec Agora, les Français peuvent désormais donner leur avis en quelques clics sur les sujets qui les intéressent, puis suivre la mise en œuvre des décisions prises.

La DITP et la DINUM mobilisées pour assurer la mise en œuvre d’Agora :
Sous l’autorité d’Olivier Véran, ministre chargé du Renouveau démocratique, la direction interministérielle de la transformation publique (DITP) et la direction interministérielle du numérique (DINUM) se sont mobilisées pour la réussite du projet d’application, avec la mise en place d’une phase d’investigation associant des usagers et une première version expérimentale avant le lancement officiel d’Agora.

Zoom sur l’apport de la DINUM dans le lancement d’Agora :
La DINUM, via le programme « beta.gouv.fr » de l’Incubateur de services numériques, est responsable de sa mise en œuvre sur le plan technique via la création d’une « start-up d’Etat ». Design, accessibilité, transparence, sécurité… sont autant de champs d’action de cette Mission pour garantir des services numériques de qualité.
"""

TEXTS["fr11_ia_incubateur_alliance_albert.txt"] = """Intelligence artificielle : l’État s’engage pour rendre l’action publique plus simple, plus efficace au bénéfice des français

12 décembre 2023

Dans la continuité de la stratégie IA pour les services publics, Stanislas GUERINI, le ministre de la Transformation et de la Fonction publiques, et Jean-Noël BARROT, ministre délégué en charge du Numérique, étaient présents lors de la 4ème rencontre d’Alliance, l’incubateur IA animé par la direction interministérielle du numérique (DINUM).

L’Intelligence artificielle porte des promesses de transformations majeures. La fonction publique, premier employeur de France, se saisit de cette technologie pour la mettre à la disposition de ses agents afin de renforcer la qualité de l’accompagnement des Français.

Expérimentation de l’IA dans les services publics

En octobre 2023, Stanislas GUERINI a lancé la première expérimentation d’usage d’une IA générative dans les services publics. Depuis octobre, environ 1000 agents volontaires recourent à l’IA pour la rédaction des réponses aux avis et commentaires en ligne d’usagers, et ce dans le cadre du programme Services Publics+ de la direction interministérielle de la transformation publique.

Au bout de 2 mois d’expérimentation, les premiers résultats révèlent que l’outil s’est installé dans le quotidien des services publics, que les agents le jugent utile et que les usagers s’en disent satisfait. Quelques éléments de précisions :

- Dans les services publics volontaires, 1 réponse sur 2 est facilitée par l’IA ;
- Le temps de réponse moyen est passé de 7 jours à 3 jours ;
- Au bout de 2 mois, 70% des agents ont un ressenti positif de l’utilisation de l’outil. 74% des usagers se disent satisfait de la réponse apportée.

En parallèle, la DINUM développe un outil d’IA générative, souverain, libre et ouvert, créé par et pour des agents publics, nommé Albert. Albert propose des réponses personnalisées, la transparence des sources, une facilité d’accès pour toutes les administrations. Dans les prochains mois, Albert sera déployé dans le réseau France services, auprès de conseillers France services volontaires.

Développer l’usage du français par l’IA

Dans la continuité du développement de la volonté de développer une intelligence artificielle reflétant notre culture française, Jean-Noël BARROT a apporté son soutien à la première expérimentation d’un hub de données francophones, nommé Villers-Cotterêt, destiné à augmenter la présence du français dans les modèles IA, à l’heure où, en moyenne, moins de 0,2% des données d’entraînement des modèles d’intelligence artificielle sont françaises. Une première version beta du projet est prévue dans 6 mois.

Cette première expérience de l’utilisation de l’intelligence artificielle générative dans les services publics pourra être étendue à l’avenir à d’autres ministères, notamment dans le cadre des travaux de simplification des relations entre l’administration et les entreprises annoncé par Bruno LE MAIRE. Le comité d’experts pour l’intelligence artificielle générative et présidé par la Première ministre devrait également se prononcer en début d’année prochaine sur l’opportunité et les modalités de cette extension.

Une alliance publique – privé pour renforcer la souveraineté numérique

En tant que pilote de la stratégie interministérielle du numérique, la DINUM anime l’incubateur Alliance, depuis juillet dernier. Son objectif : répondre à des problématiques concrètes rencontrées par les administrations sur le terrain en réunissant toutes les expertises (privées, publiques, en recherche et enseignement) permettant à l’État de s’approprier tout le potentiel des technologies d’IA.

L’incubateur Alliance regroupe des membres qui ont une volonté commune d’embrasser une démarche entrepreneuriale pour expérimenter et passer à l’échelle des produits souverains et libres. A ce jour, 6 initiatives sont accompagnées et disponibles en ligne.

Par exemple : « CamemBERT » porté par l’institut national de recherche en sciences et technologies du numérique, est le modèle de traitement automatique de langage naturel le plus utilisé pour les entreprises françaises, comme ENEDIS, avec 22 millions de téléchargements depuis sa publication en 2019, permettant d’optimiser la répartition de milliers de demandes clients par jour, une tâche auparavant manuelle qui permet aujourd’hui un retour sur investissement d’environ 3 millions d’euros par an.

Parmi les membres qui se réunissent régulièrement : des administrations appartenant à des ministères, ANCT, CNED, CNIL, INA, ARCOM, Pôle Emploi, DILA, mais aussi des entreprises, dont Illuin, OVH, LightOn, Mistral, Meta, Google et des organismes de recherche et établissements d’enseignement supérieur : INRIA, CentraleSupélec, CNRS.
"""

TEXTS["fr12_eig_nouvelle_version_2024.txt"] = """Entrepreneurs d’intérêt général : l’État dévoile la nouvelle version du programme et appelle les administrations et professionnels du numérique à postuler ; jusqu’à 30 postes ouverts en 2024

29 janvier 2024

Dans la continuité de la stratégie numérique de l’État publiée en mars 2023, le programme Entrepreneur(e)s d’intérêt général (EIG) créé et opéré par la direction interministérielle du numérique (DINUM) se réoriente pour accélérer la réussite des services numériques en soutien des politiques publiques et conçus selon l’approche beta.gouv.fr (pilotage par l’impact, transparence des résultats, ouverture des codes sources, etc.) et ainsi renforcer l’efficacité de l’action publique.

À cet effet, les administrations, engagées dans une politique prioritaire du Gouvernement et ayant besoin d’une expertise numérique pour assurer sa réussite, sont invitées à faire part de leurs projets dès aujourd’hui. De même, l’État appelle les professionnels du numérique ayant eu un parcours entrepreneurial et exerçant des fonctions de directeur produit ou directeur technique souhaitant placer leurs expertises au service de l’intérêt général à candidater ; jusqu’à 30 postes ouverts en 2024.

En s’appuyant sur l’expérience de 6 promotions, 206 recrutements d’EIG, 101 défis relevés et 80 administrations impactées, il s’agit de poursuivre l’objectif premier de ce programme : rendre la fonction publique plus entrepreneuriale, tant dans ses méthodes que sa culture de travail en facilitant l’internalisation d’expertises numériques. À compter de la 7ème promotion, le programme EIG se concentre sur des profils disposant d’une solide expérience entrepreneuriale, avec des compétences de haut niveau en pilotage de services numériques pour recruter des directeurs de produit ainsi que des directeurs technique.

Toutes les administrations centrales, déconcentrées et opérateurs de l’État qui mènent des projets numériques conçus selon l’approche beta.gouv.fr ou qui confirment avec beta.gouv.fr la pertinence du projet lors de la phase d’investigation, peuvent solliciter une mission EIG. En complément, les projets des administrations doivent : contribuer au déploiement de politiques publiques prioritaires, être soutenu à haut niveau décisionnel dans l’administration porteuse, viser l’expérimentation précoce, l’adoption progressive et la croissance de la valeur, avoir pour objectif des résultats mesurables et significatifs et disposer de conditions favorables au développement d’une dynamique entrepreneuriale.

Les professionnels du numérique exerçant des fonctions de directeur produit ou directeur technique souhaitant placer leurs expertises au service de l’intérêt général sont invités à candidater. Ils doivent disposer d’une solide expérience entrepreneuriale avec des compétences de haut niveau en pilotage de services numériques. Les candidatures retenues déboucheront sur des contrats de projet, d’une durée de 1 an renouvelable (contre 10 mois auparavant) rémunérés 4 250€ nets mensuels avec une part variable de 6% ou 5 000€ nets mensuels avec une part variable de 10% selon leur expérience et de manière égalitaire entre les femmes et les hommes.

En plus de la réorientation stratégique, le recrutement des EIG est simplifié : il est réalisé par la DINUM au service des administrations accompagnées par le programme.

La sélection des projets et le recrutement des EIG seront opérés au fil de l’eau à partir d’aujourd’hui et pendant toute l’année 2024, à rythme bimestriel, jusqu’à 30 EIG pour la 7ème promotion.

EIG est un programme de la DINUM lancé en 2016 par le président de la République lors du sommet mondial du Partenariat pour un Gouvernement Ouvert.

ENTREPRENEUR(E)S D’INTÉRÊT GÉNÉRAL EN BREF :
- 7ème promotion en cours ;
- 101 défis tels que comme Signaux Faibles, Prédisauvetage, Open Justice ou encore Réfugiés.info dont 90% perdurent ensuite dans les administrations qui les ont menés ;
- 80 administrations impactées, parmi elles : ministères de la Justice, de la Culture et de l’Intérieur, Haute Autorité de Santé, Museum d’Histoire naturelle, Cour des comptes, commissariat général au développement durable… ;
- Plus de 206 recrutements effectués dont plus de 60% des EIG décident de rester dans le secteur public après leur expérience.
"""


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    assert set(TEXTS) == set(SOURCES)
    for name, text in TEXTS.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
