#!/usr/bin/env python3
"""Write fresh76/texts: 13 French communiqués and news items of the DINUM/DINSIC (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _communiques/ and _actualites/ (Markdown with YAML front matter). The repository
snapshot (about 700 MB) could not be fetched whole (fetch refused: over 500 MB) and this machine has no
network, so each file was read with the search tool's read_file at the commit its listing gave (SOURCES
below) and the plain text was transcribed from that reading into TEXTS below by hand, applying these
rules (no program read the raw Markdown; this script only writes the result):

- title line = the front matter's `title` (YAML folded lines joined with one space; "&nbsp;" of fr06's
  title written as U+00A0); blank line; dateline = the front matter's `date`, written "6 février 2024"
  (the page bodies have no date line); blank line; body.
- the front matter's `chapeau-text` (the lead shown on the site above the body) is the first body
  paragraph; other front-matter fields (images, files, press contacts, tags) are dropped.
- Markdown stripped: "**" and "*"/"_" emphasis marks, "#" heading marks (headings kept as their own
  line), ">" quote marks, "<br>", "{: .class}" markers, HTML blocks and images dropped; a link
  "[text](address)" keeps its text; a link whose text is itself an address, a line that is only a link
  ("En savoir plus ...", "Télécharger ...", "Découvrez ..."), and press contacts are dropped; list items
  "* text" written "- text", "•" items kept with their "•"; hard-wrapped lines joined into paragraphs.
- dropped as said in README.md: fr01 the two "À propos" boxes and the German press contact; fr03 the
  first (unquoted) copy of the minister's quote, which the page repeats as a block quote, and the English
  translation at the end; fr07 the three "À propos" boxes (IGN, DINUM, ANCT) at the end; fr08/fr12 the
  addresses after "en bref :" and after "en France :"/"– édition 2024 :"; fr05 the "Détails et
  inscriptions >" link line; fr10 CUT at a paragraph end after the list of the four projects (the last
  section "Et maintenant ? ...", Cédric O's quote and the final link dropped: the text would be 786 words).
- kept as the source gives them (sic): see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written
(except fr06's title), so the source's no-break spaces, if any, are not reproduced.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_france_allemagne_souverainete_numerique.txt": (
        "_communiques/la-france-et-lallemagne-renforcent-ensemble-la-souverainete-numerique-de-ladministration-publique-en-signant-une-declaration-dintention-commune.markdown",
        "f426c8b540e16c675ecaaed97d6d7070538ab51b"),
    "fr02_dinum_orange_business_services_rie.txt": (
        "_communiques/la-dinum-developpe-en-co-innovation-avec-orange-business-services-un-portail-unique-et-evolutif-base-sur-des-api-pour-le-reseau-interministeriel-de-letat-rie.markdown",
        "54ecb3b391b8999dd541919bc71cf088b885d43c"),
    "fr03_open_data_france_premiere_europe.txt": (
        "_communiques/la-france-a-la-premiere-place-en-matiere-dopen-data-en-europe-pour-la-troisieme-annee-consecutive.markdown",
        "e5286cb59661725e85a359afbeab0b62d302d0ac"),
    "fr04_franceconnect_associations_elus.txt": (
        "_communiques/le-gouvernement-et-les-associations-delus-sengagent-ensemble-pour-simplifier-les-demarches-administratives-des-francais-a-lechelle-locale.markdown",
        "98d211375a36988b6a76b177ee872e63106b6e2b"),
    "fr05_forum_emploi_tech_350_postes.txt": (
        "_communiques/emploi-tech-letat-propose-plus-de-350-postes-dans-le-numerique-partout-en-france.markdown",
        "11b18b12e6d1f10cfaf9fcbcfae42732acbc38d0"),
    "fr06_ftap_deux_projets_dinsic.txt": (
        "_communiques/fonds-pour-la-transformation-de-l'action-publique-deux-projets-DINSIC-laureats-du-1er-appel-a-projets.markdown",
        "6f0f6767f8ff20b25dbe024b583979677213530f"),
    "fr07_base_adresse_nationale_ign.txt": (
        "_communiques/la-base-adresse-nationale-ban-franchit-de-nouvelles-etapes-en-poursuivant-son-action-au-sein-de-lign.markdown",
        "ba7a5dd667c50a2e5ca699e2ec9b1a0feb513959"),
    "fr08_franceconnect_plus_france_identite.txt": (
        "_communiques/franceconnect-plus-integre-france-identite-pour-offrir-plus-de-choix-et-plus-de-securite-aux-francais-dans-leurs-demarches-en-ligne-les-plus-sensibles.markdown",
        "f2c067664912078378a09eb1bad45bcbb50b9ec2"),
    "fr09_cooperation_franco_quebecoise_atn.txt": (
        "_actualites/cooperation-franco-quebecoise-la-dgafp-et-la-dinum-partagent-leur-expertise-en-transformation-numerique-avec-les-agents-publics-quebecois.markdown",
        "82c4412ce1d8311db57f5c6612075dfdf8c6d85c"),
    "fr10_intelligence_artificielle_15_projets.txt": (
        "_communiques/intelligence-artificielle-15-nouveaux-projets-vont-etre-experimentes-dans-les-administrations.markdown",
        "eec6228edc1e19e5f5a9dbc7ff100c2955fdcbcb"),
    "fr11_accelerateur_initiatives_citoyennes_bilan.txt": (
        "_communiques/accelerateur-dinitiatives-citoyennes-letat-devoile-le-bilan-de-la-premiere-promotion-son-engagement.markdown",
        "3ab6dfae33c53acc92125448dd885114d5949247"),
    "fr12_franceconnect_confiance_14_points.txt": (
        "_communiques/la-confiance-des-francais-progresse-de-14-points-en-5-ans.markdown",
        "ac79dec674425f4a5cc05a123bb14b00c93007eb"),
    "fr13_lancement_tchap_messagerie.txt": (
        "_communiques/lancement-de-tchap-la-messagerie-instantanee-des-agents-de-letat.markdown",
        "b1a3be453a4c64e2ddf64c97c9d5a3b637eb5cb1"),
}

TEXTS = {}

TEXTS["fr01_france_allemagne_souverainete_numerique.txt"] = """La France et l’Allemagne renforcent ensemble la souveraineté numérique de l’administration publique en signant une déclaration d’intention commune

6 février 2024

Le secrétaire d’État Markus Richter, CIO de l’État fédéral d’Allemagne, et Stéphanie Schaer, directrice interministérielle du numérique (DINUM), CIO France, ont signé hier à Berlin une déclaration d’intention commune inédite visant à renforcer la coopération entre l’Allemagne et la France dans le domaine de la souveraineté numérique de l’administration publique. Cette signature est le fruit d’une longue série d’échanges entre la France et l’Allemagne, initiés il y a un an et soutenus par des réunions mutuelles des délégations allemande et française à Paris et Berlin.

À travers cette déclaration d’intention, la République fédérale d’Allemagne et l’État Français se sont donc fixés comme priorité stratégique de renforcer la souveraineté numérique de l’administration publique via un programme de travail commun. Il s’articule autour de deux priorités : développer conjointement une suite de produits numériques souveraine basée sur des solutions open source et interopérables permettant de construire une offre cohérente et complète d’outils numériques pour les agents publics, notamment un service de messagerie instantanée, en limitant les coûts et en capitalisant sur les efforts déjà menés par les deux pays pour atteindre cet objectif de souveraineté et développer des outils d’intelligence artificielle pour l’administration, basés sur des grands modèles de langage en open source.

L’ambition est, à terme, d’élargir cette coopération à d’autres États membres volontaires de l’Union européenne et c’est à l’occasion de la prochaine réunion des « Chief Information Officers » (CIO) qui se tiendra en mai 2024, sous l’égide de la présidence belge, que le Dr. Markus Richter et Stéphanie Schaer partageront des pistes de coopération. La stratégie de la Commission européenne en matière de logiciels libres et les stratégies propres à chaque État membre serviront de pierre angulaire à ces efforts concertés.

« Les crises dans le monde nous montrent clairement à quel point il est important de renforcer la souveraineté nationale et européenne, en particulier dans les domaines critiques. Cela vaut également pour l’informatique de l’administration publique. Nous devons renforcer notre souveraineté numérique et réduire les dépendances. Je me réjouis que nous nous engagions sur cette voie avec nos amis français. Grâce à notre collaboration, la souveraineté numérique sera portée à un niveau européen »

Dr Markus Richter, secrétaire d’État, CIO du gouvernement fédéral allemand

« Préserver la souveraineté numérique de l’État en investissant dans des outils numériques mutualisés est une des quatre priorités de la stratégie numérique de l’État publiée il y a un an par la DINUM. Je suis convaincue que c’est en fonctionnant par alliance, avec d’autres pays, qu’il sera possible de disposer d’outils libres et performants, dont certains sont déjà présents dans des administrations, et de permettre à toute entité de les utiliser ou de s’y interfacer. Cette stratégie bénéficiera largement à l’écosystème des services et produits numériques européens, en le rendant moins captif de certaines technologies et en lui ouvrant des marchés plus massifs autour de quelques produits leaders de leur catégorie tout en apportant aux départements ministériels une alternative concurrentielle, évolutive et ergonomique pour les outils de bureautique mais également des outils applicatifs comme les API. En signant cette déclaration d’intention, nous nous engageons mutuellement, avec nos homologues allemands, à franchir un pas de plus vers la souveraineté numérique de nos États et vers la montée de qualité d’outils numériques mutualisés et performants. Cette collaboration avec l’Allemagne me réjouit et j’espère qu’elle pourra prochainement s’élargir à d’autres États membres volontaires de l’Union européenne qui partagent ces mêmes intérêts. C’est ensemble que nous irons plus loin »

Stéphanie Schaer, directrice interministérielle du numérique (DINUM) - France
"""

TEXTS["fr02_dinum_orange_business_services_rie.txt"] = """La DINUM développe en co-innovation avec Orange Business Services un portail unique et évolutif basé sur des API pour le réseau interministériel de l’État (RIE)

11 janvier 2021

- Développement et création d’interfaces de programmation applicative (API) pour interconnecter le portail RIE avec le système d’information d’Orange Business Services

- Automatisation et simplification des demandes pour les accès réseaux Data pour l’ensemble des ministères

Avec plus de 13 000 sites accédant au RIE et plusieurs centaines de demandes d’évolutions par mois, la direction interministérielle du numérique a souhaité connecter son portail de gestion directement au système d’information d’Orange Business Services via des API. L’objectif : offrir aux collaborateurs des ministères un portail unique fonctionnel à valeur ajoutée centralisant toutes les données et les demandes de leur périmètre réseau (inventaire du parc et des accès, prise de commande, gestion des modifications réseau,..), sans nécessité de retraitement et de ressaisie sur les portails clients d’Orange Business Services ou des autres opérateurs.

Grâce à une démarche de co-innovation entre la DINUM et Orange Business Services, une solution innovante numérique a été mise en place via le développement d’interfaces de programmation applicative (API), permettant de connecter en temps réel le portail de gestion RIE avec les flux des systèmes d’information d’Orange Business Services. Associés aux services de connectivité d’Orange Business Services, ces API développées et sécurisées par Orange Business Services, ont été mises en ligne puis testées et intégrées par la DINUM. Elles permettent aux ministères d'interagir sur les processus clés directement depuis leurs systèmes d'information avec ceux d’Orange Business Services.

A partir du portail RIE, sans avoir besoin de se connecter aux portails d’Orange Business Services, les administrateurs du réseau des ministères peuvent automatiquement visualiser l’inventaire de leur parc, faire et suivre une commande, demander une modification de configurations sur les routeurs d’accès au service Data, signaler un incident et suivre sa résolution. D’autres API sont en cours de développement pour répondre à d’autres enjeux tels que l’éligibilité, le suivi des travaux programmés, la facturation, la maintenance… L’intégration des API d’Orange Business Services permet aux ministères de gérer, à partir du portail RIE, leurs demandes d’évolution réseau. Les utilisateurs bénéficient ainsi d’un parcours digital simplifié avec un canal de communication unique de SI à SI. Les commandes, issues du portail de gestion, sont donc plus fiables car automatisées et synchronisées avec les SI offrant ainsi un temps de traitement optimisé et des données transmises mieux qualifiées.

Cette solution co-développée entre la DINUM et Orange Business Services permet une optimisation générale de l’expérience utilisateur grâce à un gain de temps, une productivité améliorée et une relation digitale enrichie.

« Co-innover avec Orange Business Services a été l’opportunité de bénéficier d’un regard nouveau sur nos processus actuels et de challenger nos outils. Le besoin des ministères avec lesquels nous travaillons a mis en lumière la nécessité de faire évoluer les processus métiers et les chaines de traitement dans une logique d’optimisation drastique. Nous nous réjouissons de ce partenariat qui démontre que le numérique est nécessaire pour créer les services publics de demain », Guy DUPLAQUET chef du département infrastructures et services opérés à la direction interministérielle du numérique.

« Il est essentiel aujourd’hui de repenser, simplifier et digitaliser la relation client. Nous sommes fiers d’avoir co-innové avec la DINUM dans ce sens en développant un catalogue évolutif d’API génériques d’interconnexion d’applications client avec les SI d’Orange Business Services. Ce catalogue d’API vient enrichir les offres de connectivité grâce à la digitalisation des procédures d’évolution des services et la simplification de la gestion des réseaux d’entreprise. Chez Orange Business Services, nous sommes convaincus que l’automatisation et la digitalisation des processus sont essentiels pour accompagner nos clients dans leur transformation » ajoute Paul JOYCE, vice-président exécutif de Global Solutions chez Orange Business Services.
"""

TEXTS["fr03_open_data_france_premiere_europe.txt"] = """La France à la première place en matière d’open data en Europe pour la troisième année consécutive

18 décembre 2023

La France conserve sa première place en matière d’open data en Europe, selon le classement de la Commission européenne publié le 14 décembre dernier.

Depuis 2015, ce classement met en lumière l’état d’avancement des pays européens en matière d’ouverture des données selon les critères suivants : politique publique, portail national, impact et qualité. La France vient d’obtenir un score global de 98,3% de maturité d’open data, et arrive en tête sur trois des quatre critères pré-cités : 600/600 sur l’impact et 640/640 sur la politique publique et 630/650 pour la qualité.

Si la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, est largement mobilisée dans cette politique, ce résultat est le fruit d’un travail mené avec tous les ministères, administrations publiques et collectivités territoriales, opérateurs, associations et entreprises publiques.

En matière de politique, la France a mis en place dès 2013 un plan d’action national pour l’open data qui vise à accroître la disponibilité et la réutilisation des données publiques au service de trois objectifs :

• améliorer le fonctionnement démocratique, non seulement par la transparence, mais aussi par la concertation et l’ouverture à de nouveaux points de vue ;
• améliorer l’efficacité de l’action publique ;
• proposer de nouvelles ressources pour l’innovation économique et sociale : les données partagées trouvent des réutilisateurs qui les intègrent dans de nouveaux services à forte valeur ajoutée économique ou sociale.

La DINUM ayant créé et opérant data.gouv.fr, le portail national des données ouvertes, l’un des plus complets et des plus utilisés en Europe, est largement mobilisée avec tous les acteurs de l’écosystème dans l’ouverture des données et continue de s’investir en ce sens pour un service public encore plus simple, plus efficace et plus souverain pour tous les Français.

À cet effet, quelques exemples des récentes avancées :
• La publication d’une nouvelle version de Demandes de valeurs foncières (plus de 10 millions de visites annuelles) dédiée à la publication des transactions immobilières, permettant à chaque citoyen de bénéficier d’une information juste sur les prix de l’immobilier au cours du temps;

• L’accompagnement de Météo-France dans le lancement de meteo.data.gouv.fr en version bêta mettant à disposition des données météorologiques produites par Météo-France. Cette plateforme propose notamment des données sur le climat et de toutes les stations françaises depuis leur ouverture ;

• La publication prochaine de ecologie.data.gouv.fr qui mettra à disposition des données sur l’environnement, notamment des données sur la biodiversité, la pollution et les changements climatiques par le Commissariat général au développement durable, l’EcoLab du ministère de la Transition écologique et de la Cohésion des territoires avec la DINUM.

« Je me réjouis que la France soit pour la 3ème année consécutive championne d'Europe en matière d'open data et je félicite toutes les équipes impliquées dans l’ouverture des données publiques. Les administrations avancent sur le partage de données et constatent que c'est un formidable levier pour améliorer l’efficacité de leur action. »

Stanislas GUERINI, ministre de la Transformation et de la Fonction publiques
"""

TEXTS["fr04_franceconnect_associations_elus.txt"] = """Le Gouvernement et les associations d’élus s’engagent ensemble pour simplifier les démarches administratives des Français à l’échelle locale.

7 mars 2022

Le Gouvernement, afin de ne pas demander sans cesse aux Français dans leurs démarches des informations et justificatifs que l’administration détient déjà, a souhaité généraliser le pré-remplissage de tous les formulaires. Au niveau local, de nombreuses démarches du quotidien des Français, opérées par les collectivités, comme l’inscription à la crèche, à la cantine, aux transports scolaires ou aux activités municipales, vont désormais être facilitées à leur tour par cette politique. A cette fin, l’État et les collectivités territoriales accélèrent significativement le déploiement de FranceConnect, déjà utilisé par plus de 34 millions de Français, dans tous les territoires cette année en visant plus de 5 000 collectivités raccordées d’ici fin 2022.

Aujourd’hui, les démarches locales en ligne demandent encore trop souvent aux Français de fournir des informations que l’administration détient pourtant déjà : une preuve de leur statut étudiant, leur avis d’imposition, leur quotient familial ou encore un justificatif de statut de demandeur d’emploi. Les usagers ont le sentiment légitime de devoir fournir sans cesse les mêmes données aux services publics.

Afin d’y remédier, Amélie de Montchalin et Jacqueline Gourault ont lancé les travaux de rédaction d’une de charte d’engagement avec les représentants des collectivités territoriales. Elle vise en particulier à généraliser le déploiement de FranceConnect dans les collectivités de manière organisée. Elle est publiée aujourd’hui sur numerique.gouv.fr.

Cet effort est conduit dans le cadre du programme « Transformation Numérique des Territoires » lancé par la ministre en mai 2021, qui réunit l’État, l’Association des maires de France, l’Assemblée des départements de France, Intercommunalités de France, France urbaine, Villes de France, l’Association des maires ruraux de France, l’Association des petites villes de France, la Fédération nationale des collectivités concédantes et régies, l’Association des villes et collectivités pour les communications électroniques et l'audiovisuel, OpenDataFrance, Déclic et les Interconnectés

L’État assurera un financement via France Relance de 5 000€ pour chacune des collectivités qui déploieront FranceConnect et les outils de partage de données nécessaires au pré-remplissage, tandis que les associations d’élus promouvront largement le dispositif dans leurs réseaux et accompagneront ce raccordement des collectivités territoriales. Des objectifs ambitieux ont été fixés d’ici la fin de l’année 2022. Il s’agit de raccorder à FranceConnect plus de 5 000 collectivités, à savoir :

- 100% des départements ;
- 50% des intercommunalités ;
- 50 % des communes de plus de 3 500 habitants ;
- 10% des communes de moins de 3 500 habitants.

Les éditeurs de logiciels, pour les collectivités, seront invités à prendre part à cette mobilisation nationale en généralisant l’intégration de FranceConnect dans leurs solutions, et en proposant à leurs collectivités clientes de déployer FranceConnect sans surcoût par rapport à la même solution sans FranceConnect.

Enfin, cette initiative sera renforcée par la loi du 21 février 2022 relative à la différenciation, la décentralisation, la déconcentration et portant diverses mesures de simplification de l'action publique locale (3DS) qui accélère fortement le partage de données entre administrations.
"""

TEXTS["fr05_forum_emploi_tech_350_postes.txt"] = """Emploi tech : l'État propose plus de 350 postes dans le numérique partout en France

26 novembre 2019

PROFESSIONNELS DU NUMÉRIQUE : L’ÉTAT RECRUTE !

L’emploi dans le numérique progresse deux fois plus vite que dans les autres secteurs. Pour réussir sa transformation numérique, l’État recrute : plus de 350 postes sont actuellement à pourvoir dans la fonction publique (ministères et collectivités territoriales). Pour faire connaître ces opportunités aux professionnels de la tech qui souhaitent apporter leur expertise à l’administration et aux citoyens, l’État organise son forum de l’emploi numérique.

Gratuit et ouvert à tous, le Forum de l’emploi tech de l’État s’adresse aussi bien aux agents publics qu’aux candidats extérieurs à l’administration, qu’ils soient jeunes diplômés ou déjà salariés dans la tech et ce à tous niveaux de qualification.

Tous les profils de la tech sont recherchés :

- Développeuse / développeur
- Coach agile / product owner / scrum master / pilotage de projet
- Expertes et experts en cybersécurité
- Architectes techniques / urbanistes
- Métiers de l’exploitation…etc.

PLUS DE 350 POSTES À POURVOIR

Plus de 30 services publics recruteurs seront présents sur le forum pour présenter leurs offres et rencontrer les candidats. Au programme :

- Un espace de « speed-jobbing » pour prolonger les discussions entre recruteurs et candidats.
- Des conférences sur le numérique au sein de l’État et des ateliers de développement professionnel.

Forum de l’emploi tech de l’État - Le 12 décembre 2019 de 9h à 18h
La Grande Crypte - 69 bis rue Boissière, 75016 Paris

Du 13 au 20 décembre 2019, les candidats pourront prolonger l’expérience sur un forum virtuel

« Assurer une meilleure qualité de service public est l’objectif de la transformation numérique de l’État que conduit le Gouvernement. Cette profonde transformation, nous la menons à partir des besoins des usagers et en toute transparence comme le montre la publication trimestrielle de l’observatoire de la dématérialisation des services publics. Conscient de l’importance de la tâche, l’État recrute pour se donner les moyens nécessaires à l’accomplissement de cette mission prioritaire. Je me félicite de l’organisation de ce 3e Forum de l’emploi tech de l’État qui, pour la première fois, est ouvert à tous avec 350 postes à pourvoir »

Cédric O, secrétaire d’État chargé du numérique
"""

TEXTS["fr06_ftap_deux_projets_dinsic.txt"] = """Fonds pour la transformation de l'action publique\u00a0: deux projets DINSIC lauréats du 1er appel à projets

20 juin 2018

Investir pour réformer l’État. C’est l’objectif du « Fonds pour la transformation de l’action publique » mis en place au titre du Grand plan d’investissement annoncé par le Premier ministre le 25 septembre 2017. Doté de 700 millions d’euros sur cinq ans, il est un des leviers du programme gouvernemental de transformation « Action publique 2022 ».

Après un premier appel à projet plébiscité - 122 dossiers déposés par 15 ministères et 42 organismes publics - ce ne sont pas moins de 17 projets qui ont été sélectionnés par le comité de pilotage du fonds, présidé par le ministre de l’Action et des Comptes publics et rassemblant le secrétariat d’État au numérique, la direction interministérielle de la transformation publique (DITP), la direction du budget (DB), le secrétariat général pour l’investissement (SGPI) et des personnalités qualifiées.

Parmi les lauréats, 2 projets interministériels portés par la direction interministérielle du numérique et du système d’information et de communication de l’Etat (DINSIC) bénéficieront d’un financement total de 43,6 millions d’€ en 2018 :

Mettre en place une offre de cloud d'État : FRANCE CLOUD 24,3 millions d’€

Objectif : développer des capacités cloud pour l’État afin accélérer la mise à disposition des services numériques innovants et de réduire les coûts d’hébergements et de développement du SI de l’État.

Bénéfices : Le cloud est un mode de consommation à l’usage de ressources informatiques à distance (infrastructures, services...). L’État pourra bénéficier d’une variété de solutions répondant à ses différents besoins, notamment de sécurité, d’économies, ou de recours aux dernières innovations. Le cloud favorise également la mise en œuvre de méthodes agiles qui permettront d’accélérer le développement de services numériques innovants pour les usagers et les agents.

Bâtir le socle numérique de l'État Plateforme : FranceConnect Plateforme - Phase 2 19,3 millions d’€

Objectif : Permettre d'offrir aux usagers des services simplifiés et personnalisés (tout en respectant leurs données personnelles), en décloisonnant les administrations par la mise en œuvre d'une plateforme d’échange de données et de gestion de l’identification numérique, ainsi qu’un service mutualisé de dématérialisation des démarches en ligne.
Bénéfices : De nombreuses démarches seront simplifiées pour les usagers, des informations déjà connues par l’administration ne seront pas demandées de nouveau grâce à la facilitation de l’échange de données entre administrations et un service commun d’identification, dans le respect de la protection des données. Cette plateforme facilitera le travail d’instruction des agents en limitant les tâches de saisie, au profit de l’expertise métier.

Les usages numériques ne cessent de croître aujourd’hui, soutenus par des révolutions technologiques qui permettent l’émergence de nouveaux services, comme l’intelligence artificielle. Dans ce contexte, l’État se mobilise pour mettre le numérique au cœur de la transformation de ses politiques publiques et de l’amélioration des démarches administratives pour les citoyens. C’est pourquoi la majorité des projets retenus par le Fonds pour la Transformation de l’Action Publique mobilisent la donnée, le cloud ou encore des algorithmes d’IA. Ces projets lauréats constitueront un vrai socle interministériel d'innovation et de mutualisation numérique essentiel au service public de demain.

Mounir Mahjoubi, secrétaire d’État auprès du Premier ministre, chargé du Numérique
"""

TEXTS["fr07_base_adresse_nationale_ign.txt"] = """La base adresse nationale (BAN) franchit de nouvelles étapes en poursuivant son action au sein de l’IGN

7 mars 2022

Référentiel national partagé des positions géographiques de plus de 25 millions d’adresses sur le territoire français, la Base Adresse Nationale (BAN) est la base de données ouverte d’adresses officiellement reconnue par l’administration. Elle garantit à tous les citoyens la possibilité de détenir une information géographique permettant par exemple que des services d’urgences se rendent au bon endroit ou encore de réaliser une analyse cartographique. Dans une logique de déploiement, la BAN est désormais transférée à l’IGN qui poursuit sa collaboration avec la direction interministérielle du numérique (DINUM) et l’agence nationale de la cohésion des territoires (ANCT) engagées dans le projet depuis 2019.

Un service essentiel dans la vie quotidienne des français

La qualité de l’adressage conditionne le fonctionnement de nombreux services aussi bien publics que privés. Au quotidien, les adresses sont des données clés permettant aux services d’urgence (SDIS(1), SAMU, etc.) d’intervenir auprès des personnes qui en ont besoin ; d’assurer le raccordement aux réseaux d’eau et d’énergie ; la distribution du courrier et la livraison de colis ; le déploiement de la fibre optique ; la collecte des déchets ménagers ou encore l’aide aux déplacements par géo-navigation.
Depuis 2019, la BAN est gérée par l’IGN et la DINUM, et la base d’adresse locale (BAL) par l’ANCT, dont le rôle est de faciliter la création des bases d’adresses locales. Aujourd’hui, l’IGN, la DINUM et l’ANCT renforcent leur collaboration pour faire de la BAN un bien commun.

Les communes au centre du dispositif d’adressage

Depuis peu, la loi « 3DS »(2) confirme que les communes, responsables de la création des voies et des adresses par l’intermédiaire du conseil municipal qui gère la dénomination des noms de rues, fournissent leurs adresses dans le format standardisé BAL afin qu’elles soient intégrées dans la BAN. Pour répondre à ces obligations règlementaires et alimenter plus facilement et rapidement la BAN, les communes peuvent créer directement sur Mes Adresses leurs bases adresses locales (BAL) contenant toutes les informations liées aux adresses de leur territoire pour ensuite les reverser dans la BAN. La BAN et les BAL ne contiennent aucune donnée nominative, mais renseignent la position géographique des adresses.

Réorganiser pour unifier et pérenniser la ban

L’IGN, l’ANCT, et la DINUM collaborent pour garantir une phase de convergence douce vers la BAN unique de référence. Parmi les chantiers engagés : l’ANCT est garante de l’animation auprès des collectivités, pour les accompagner dans la mise en œuvre de la loi 3DS et la création de leurs adresses. L’IGN cesse les mises à jour de ses outils et bases historiques - la base de données « BD Adresse » et le site « Guichet Adresse » - et implique ses équipes dans l’administration de la BAN. Le contenu du Guichet Adresse migre progressivement vers la BAN et Mes Adresses sera désormais l’outil de référence de création d’adresses par les communes. Les développeurs de la BAN de la DINUM intègrent l’IGN pour accompagner le transfert des outils et la mise en place des évolutions. Des ateliers « Adresse-lab » de co-construction viennent renforcer ce dispositif dès mars. Enfin le déploiement associera les grands acteurs nationaux en articulation avec le CNIG.

La Base Adresse Nationale est l’une des neuf bases de données du service public des données de référence. Elle est la base de données ouverte d’adresses officiellement reconnue par l’administration. Service numérique d’usage partagé et infrastructure socle sur laquelle sont adossées de nombreuses politiques publiques, elle fait partie du système d’information et de communication de l’État et est à ce titre placée sous la responsabilité du Premier ministre. Le ministère de la Transformation et de la Fonction publiques soutient ce projet à hauteur de 774 K€ dans le cadre de France Relance.

La BAN est disponible en licence ouverte Etalab 2.0 pour toute utilisation depuis le 1er janvier 2020 sur adresse.data.gouv.fr

(1) Services départementaux d’incendie et de secours
(2) Loi relative à la différenciation, la décentralisation, la déconcentration et portant diverses mesures de simplification de l'action publique locale
"""

TEXTS["fr08_franceconnect_plus_france_identite.txt"] = """FranceConnect+ intègre France Identité pour offrir plus de choix et plus de sécurité aux français dans leurs démarches en ligne les plus sensibles.

11 juillet 2024

Afin d’enrichir son offre et proposer plus de choix aux Français dans leurs modes de connexion aux services en ligne, FranceConnect+ intègre désormais France Identité, l’identité numérique régalienne créée et portée par l’agence France Titres et le ministère de l’Intérieur et des Outre-mer.

Simplifier l’accès aux démarches administratives en ligne de tous les Français, c’est la promesse de FranceConnect créé en 2016 et opéré par la direction interministérielle du numérique (DINUM) intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques. Avec FranceConnect, tous les usagers disposant déjà d’un compte impots.gouv.fr, Ameli, mutualité sociale agricole (MSA), une identité numérique de La Poste ou Yris (ID Now), et depuis peu France Identité, peuvent se connecter à plus de 1 800 services en ligne, en s’appuyant sur un de leurs comptes vérifiés pré-cités, et donc sans avoir besoin de créer un nouvel identifiant et mot de passe.

Pour les démarches les plus sensibles nécessitant une sécurité accrue telles que l’achat d’une formation via MonCompteFormation, l’accès à MaPrimeRénov, la consultation de son dossier médical ou de lettres recommandées électroniques, l’État a lancé FranceConnect+ en 2021, une version encore plus sécurisée de FranceConnect, offrant une protection supplémentaire contre les fraudes et répondant aux exigences de sécurité de ces démarches.

En intégrant France Identité aux fournisseurs d’identités certifiés sur FranceConnect+, l’État complète et renforce son offre avec cette identité numérique régalienne s’ajoutant à celle, privée, proposée par L’Identité Numérique La Poste. Pour s’authentifier, l’usager s’identifie avec sa carte d’identité (au format carte bancaire) et poursuit sa démarche en toute sécurité et simplicité.

Avec un niveau de sécurité « élevé » (selon le référentiel européen eIDAS) reconnu par l’Agence nationale de la sécurité des systèmes d’information (ANSSI), France Identité garantit un niveau de sécurité jusqu’alors inédit et permet aux usagers d’accéder à des démarches sensibles telles que la procuration de vote 100% dématérialisée.

Les usagers qui souhaitent utiliser France Identité pour s’authentifier à un service via FranceConnect+ devront au préalable créer leur identité numérique, puis la faire certifier en mairie. La certification de l’identité numérique France Identité confère un niveau de garantie égal à une vérification d’identité en face-à-face. Cette démarche est actuellement disponible dans plus de 1 000 mairies en France. Pour utiliser France Identité, il est nécessaire de disposer de la nouvelle carte d’identité française (format carte bancaire).

Consulter ci-dessous la présentation de France Identité, FranceConnect, FranceConnect+.

France Identité en bref

- L’application est généralisée depuis février 2024
- Au 8 juillet, 1 millions de personnes utilisent France Identité, dont 140 000 ont fait certifier leur identité numérique
- Gratuite et facultative, elle repose sur la nouvelle carte d’identité française
- Permet de générer des justificatifs d’identité sécurisés, de s’authentifier à des service via FranceConnect et FranceConnect+ et d’importer son permis de conduire

FranceConnect en bref
- Lancement en 2016
- 43 millions d’usagers de FranceConnect
- 79% des Français disent avoir confiance dans FranceConnect (baromètre de l’association de l’économie numérique (Ascel), sur la confiance des Français dans le numérique en 2023
- 350 millions de connexions annuelles
- 1800 services en ligne

FranceConnect+ en bref :
• Près de 3 millions d’usagers de FranceConnect+
• 800 000 connexions mensuelles
• Parmi les principaux services : MonCompteFormation, le guichet unique entreprises ou encore MaPrimeRénov
"""

TEXTS["fr09_cooperation_franco_quebecoise_atn.txt"] = """Coopération franco-québécoise : la DGAFP et la DINUM partagent leur expertise en transformation numérique avec les agents publics québécois

12 décembre 2023

Dans le cadre du partenariat entre la Direction interministérielle du numérique (DINUM), la Direction générale de l'administration et de la fonction publique (DGAFP) et l'Académie de la transformation numérique (ATN), une délégation française composée de représentants des deux institutions a participé à l'école d'automne en transformation numérique de l’ATN du Québec, les 5 et 6 décembre derniers.

L'ATN est l'opérateur de formation du gouvernement québécois pour les compétences numériques. Hébergée à l’université Laval à Québec pour renforcer les liens avec la recherche et le monde académique, elle a pour mission de contribuer à la transformation numérique du gouvernement québécois en favorisant le développement des compétences numériques des agents publics.

Au cours de cette mission, les représentants français ont eu l'occasion de partager leur expertise en matière de transformation numérique avec les agents publics québécois. Ils ont notamment animé deux conférences et un panel sur les sujets suivants :
- La formation, levier des changements (Génaël Valet, directeur de programme MENTOR et Lionel Caylat, chef de projet plateforme interministérielle MENTOR de la DGAFP)
- Réussir un projet numérique (Philippe Vrignaud, chef du pôle relations usagers-agents et fondateur de Démarches-simplifiées)
- Les défis des ambassadeurs et ambassadrices du numérique (Fadila Leturcq, cheffe de pôle Campus du numérique public)

Les interventions des représentants français ont été très appréciées des participants québécois. Ils ont notamment souligné la qualité des contenus et la pertinence des échanges.

Pour approfondir ce partenariat, deux séances de travail ont été organisées afin de créer un observatoire francophone de la transformation numérique des administrations porté par la France et le Québec et de co-construire du contenu de formation sur les sujets suivants : la donnée, l’éco responsabilité des services numériques et les ambassadeurs numériques.

En marge de l'école d'automne, la délégation française a également eu l'occasion de rencontrer des représentants du ministère de la cybersécurité et du numérique du Québec, ainsi que du Consulat de France à Québec.

Cette mission a été l'occasion de renforcer le partenariat entre la DINUM et l'ATN, et de promouvoir l'expertise française en matière de transformation numérique à l'international.

Cette mission avait plusieurs enjeux pour la Direction interministérielle du numérique (DINUM) et la Direction générale de l'administration et de la fonction publique (DGAFP) :
- Poursuivre le partage d'expérience de la DINUM en matière de transformation numérique avec l'international, notamment sur le sujet des compétences numériques.
- Promouvoir l'expérience française à l'international, à travers des interventions auprès des agents publics dans le cadre de l'université d'automne.
- Consolider un partenariat qui sera poursuivi en 2024 et qui consiste à partager des ressources de formation au numérique et en la production de communs en matière de formation au numérique pour les agents publics.

Plus largement, et c'est une volonté de la DINUM et de la DGAFP, asseoir la coopération en matière de transformation numérique dans la francophonie.
"""

TEXTS["fr10_intelligence_artificielle_15_projets.txt"] = """Intelligence artificielle : 15 nouveaux projets vont être expérimentés dans les administrations

17 juillet 2019

L’intelligence artificielle (IA) est un enjeu d’avenir pour le service public. En libérant les agents de certaines tâches, l’IA pourra leur permettre de se recentrer sur leur cœur de métier, pour un meilleur service rendu aux usagers.

Pour que l’État se saisisse pleinement du potentiel de l’IA, la direction interministérielle du numérique (DINSIC) et la direction interministérielle de la transformation publique (DITP) lançaient, le 2 avril dernier, un 2ème appel à manifestation d’intérêt (AMI) auprès des administrations pour expérimenter l’intelligence artificielle dans les services publics. Cet AMI s’inscrit dans le programme d’investissements d’avenir (PIA) piloté par le Secrétariat général pour l'investissement (SGPI). La Caisse des dépôts et consignations (CDC) en est l’opérateur administratif et financier.

Les nouveautés de ce 2ème AMI

En juin 2018, un 1er appel à manifestation d’intérêt était lancé, dans le cadre du programme d’investissement d’avenir. Sur les 52 projets déposés par les administrations, 6 ont été sélectionnés par un jury d’experts. Ces projets sont en cours de développement au sein des services publics et aboutiront à un prototype fonctionnel en octobre 2019.
Comme pour le 1er, les lauréats du 2ème AMI bénéficieront d’un accompagnement, de la part de la DINSIC et de la DITP, afin d’aboutir à un prototype fonctionnel tout en anticipant et préparant les transformations métier associées à l’intégration de l’IA dans les pratiques de travail des agents.
Nouveauté de ce 2ème appel à manifestation d’intérêt : les projets techniquement plus exploratoires bénéficieront d’un accompagnement spécifique, via un partenariat avec un institut de recherche ou une entreprise innovante.
Grâce à un budget plus conséquent de 3,5 M€ pour l’accompagnement technique et métier et 500 k€ pour l’accompagnement scientifique, ce ne sont pas moins de 15 projets qui ont été sélectionnés pour cette 2ème vague d’expérimentation.

Des candidatures nombreuses et diversifiées

Témoignant d’une mobilisation importante, 46 projets ont été proposés par 38 administrations à ce 2ème AMI avec des objectifs d'application très variés, reflétant une forte volonté d’explorer grâce à l’IA de nouvelles manières de remplir leurs missions de services public.
Parmi les administrations candidates, des directions d'administration centrale et des services déconcentrés mais aussi des établissements publics, des instances juridictionnelles, des acteurs du milieu universitaire ou hospitalier.

Les 11 projets sélectionnés pour un accompagnement technique et stratégique :
- Direction générale de la santé : analyser et prétraiter des signalements d’événements sanitaires
- Centre hospitalier universitaire de Bordeaux : simplifier la recherche d’informations dans le dossier patient pour faciliter la décision médicale
- Institut de radioprotection et de sûreté nucléaire : surveiller l’exposition des travailleurs aux rayonnements ionisants
- Direction générale des collectivités locales : optimiser le contrôle de la légalité des actes
- Direction générale de la Gendarmerie nationale : améliorer le système de pré-plainte en ligne
- Direction générale des douanes et des droits indirects : détecter les fausses déclarations douanières
- Institut national de la statistique et des études économiques (INSEE) : créer un moteur de recommandation pour identifier l’établissement employeur dans le cadre du recensement de la population
- Chambre des métiers et de l'artisanat de Nouvelle-Aquitaine : conseiller les artisans au moment de leur implantation (opportunités et risques)
- Institut national de l'environnement industriel et des risques : caractériser les sources des contaminations environnementales
- Direction générale des entreprises - commissaire à l'information stratégique et à la sécurité économiques : développer une solution de veille et d’exploitation d’informations pour améliorer la sécurité économique
- Conseil d’État : détecter automatiquement les séries de contentieux appelant une décision commune

Les 4 projets sélectionnés pour un accompagnement scientifique :
- Direction générale de la concurrence, de la consommation et de la répression des fraudes : détecter les clauses et pratiques abusives dans les contrats, devis et factures
- Institut national de l'information géographique et forestière (IGN) : faciliter le calcul du positionnement des points de référence terrestre à partir des données satellites
- Cour de cassation : identifier les divergences de jurisprudence
- Service hydrographique et océanographique de la marine : améliorer la cartographie sous-marine du littoral
"""

TEXTS["fr11_accelerateur_initiatives_citoyennes_bilan.txt"] = """Accélérateur d'Initiatives Citoyennes : l’État dévoile le bilan de la première promotion son engagement.

29 novembre 2022

Favoriser et soutenir les initiatives des citoyens qui relèvent de l’intérêt général, c’est l’objectif du programme inédit Accélérateur d'Initiatives Citoyennes dont le lancement a été annoncé par le Président de la République Emmanuel Macron le 15 décembre 2021 lors du Sommet de l'Open Government Partnership à Séoul. Après 7 mois d’accompagnement, la direction interministérielle du numérique (DINUM) qui porte le programme, en partenariat avec la direction interministérielle de la transformation publique (DITP), dresse le bilan de la première promotion et poursuit son engagement à travers de nouveaux objectifs, dont le lancement d’une deuxième promotion.

Pour la première promotion qui se clôture, 9 associations ont été sélectionnées par un jury d’experts et un panel de 15 citoyens parmi 200 candidatures reçues en un peu plus d’un mois d’appel à candidatures fin 2021.

Pendant 7 mois, grâce à une équipe interministérielle constituée d’experts de la DINUM et de la DITP, les lauréats ont reçu un soutien méthodologique, technique, administratif et financier inédit jusqu’alors, avec plus de 800K€ de fonds publics investis sous forme de subventions, afin de les aider à consolider leur modèle et à franchir des étapes clés dans leur développement.

Plus concrètement, l’accompagnement s’est organisé pour répondre à trois besoins clés : consolider (renforcer les bases du projet ou formaliser des processus), intégrer (un écosystème spécifique ou des administrations référentes), déployer (en vue de faciliter le passage à l’échelle ou de se développer vers de nouveaux secteurs ou territoires).

Parmi les premiers bénéfices majeurs constatés par les porteurs de projets : construire des services nouveaux affranchis des silos administratifs, gagner un temps significatif chiffré en mois voire en années, identifier de nouveaux terrains d’expérimentation, ou encore stimuler la réutilisation des données et la production de communs numériques… Par exemple, le projet « Service national universel (SNU) Augmenté » a développé 9 expérimentations en Île-de-France avec 300 jeunes en 2022. En 2023, 2000 jeunes seront déployés dans 12 villes ; le projet « Infoclimat » ayant pour objectif de s'engager dans la planification écologique et la territorialiser ouvrira en 2023 5 nouvelles stations météorologiques productrices de données ouvertes dans 5 départements ; le projet « Permis de construire » qui vise à accompagner à la réinsertion après la détention ouvrira en 2023 3 nouvelles antennes dans 3 départements.

« Maintenant la fusée est lancée. » Permis de construire / « On a fait en 6 mois ce qu’on espérait faire en 2 ans. » Infoclimat / « En 3 mois, on a eu des mises en relations qu’on avait réussi à avoir en 5 ans d'existence. » Sport Inclusif

Compte tenu du succès de la première promotion, Stanislas Guerini, ministre de la Transformation et de la Fonction publiques annonce la poursuite du programme et lancera au début de l’année 2023 l’appel à candidatures pour une deuxième promotion.

« Je salue le dynamisme et la créativité de toutes les parties-prenantes de ce programme qui rapproche la société civile et l’État, tous deux mobilisés pour construire le service public de demain. Dans cette perspective et au regard des performances de la première promotion, je suis fier d’annoncer qu’une deuxième promotion sera lancée en début d’année prochaine. Elle permettra de poursuivre ce soutien à l’engagement citoyen et maximiser l’impact tangible des initiatives citoyennes sur le quotidien des Français et des Françaises.»
Stanislas Guerini, ministre de la Transformation et de la Fonction publiques

Pour sa deuxième saison, l’Accélérateur d’initiatives citoyennes renforce ses liens avec l’écosystème de l’innovation sociale et numérique d’intérêt général. Bayes impact, Data4Good, Le Liberté Living Lab et la Manufacture Docaposte X  Caisse des Dépôts (en cours de création) font désormais partie des premiers partenaires du programme.

L'Accélérateur d'Initiatives Citoyennes est un programme d'Etalab au sein de la direction interministérielle du numérique en partenariat avec la direction interministérielle de la transformation publique, directions intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques. Ce programme est l’un des engagements du plan d’action de la France pour un gouvernement ouvert, piloté par la DITP.
"""

TEXTS["fr12_franceconnect_confiance_14_points.txt"] = """La confiance des français progresse de 14 points en 5 ans

24 mai 2024

La solution d'identification permettant à tous les français d'accéder à leurs démarches en ligne de manière simple et sécurisée est reconnue par les français comme fiable à hauteur de 79 %.

À l’occasion de VivaTech où est réuni tout l’écosystème numérique y compris celui du numérique de l’État, la direction interministérielle du numérique, intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, ayant créé et opérant FranceConnect fait part de la progression de la confiance des Français en progression de 14 points en 5 ans soit 79 % cette année contre 65 % en 2019.

Pour répondre à l’enjeu de simplification et sécurisation de l’accès aux démarches administratives en ligne de tous les Français, l’État a créé en 2016 FranceConnect permettant à tous les usagers disposant déjà d’un compte impots.gouv.fr, ameli, mutualité sociale agricole (MSA), l’identité numérique de La Poste ou Yris, et, depuis peu, France Identité de se connecter à plus de 1 800 services en ligne, en s’appuyant sur un de leurs comptes vérifiés pré-cités, sans avoir besoin de créer de nouvel identifiant et mot de passe. Depuis, plus de 43 millions d’usagers utilisent ce service de l’État dont la confiance progresse de façon continue.

Plus globalement le baromètre dévoile qu’en 2023, 43 % des Français déclarent avoir confiance dans le numérique ; un chiffre au-dessus de la moyenne (41 %) des 8 dernières années. Cette confiance grimpe même, chez les 65 ans et plus, de 10 points en 1 an (47 % vs 37 % en 2022), alors même qu’elle s’effrite chez les 35-49 ans, pourtant familiers du digital (46 % vs 53 % en 2022). Aussi, certains moyens mis en place par les acteurs du numérique et l’État sont jugés globalement efficaces, c’est le cas de l’authentification forte, qui reste l’outil de protection le plus apprécié (68 %) et de la même façon, l’usage des fournisseurs d’identité numérique au travers de FranceConnect sont plébiscités : FranceConnect progresse de 14 points (79 % des répondants lui font confiance contre 65 % seulement en 2019, dont 86 % des 50 – 64 ans).

Consulter les résultats de la 11ème édition du baromètre de la confiance des Français dans le numérique en 2023 – édition 2024.
Ce baromètre, mené par l’association de l’économie numérique (Acsel), mesure depuis plus de 10 ans l’état de la confiance des Français dans les usages numériques notamment à travers son baromètre annuel « confiance et numérique ».

FranceConnect en bref
- Lancement en 2016 ;
- 43 millions d’usagers de FranceConnect et 79% des Français se disent avoir confiance dans FranceConnect (baromètre de l’association de l’économie numérique (Ascel), sur la confiance des Français dans le numérique en 2023 – édition 2024 ;
- 320 millions de connexions annuelles ;
- 1800 services en ligne.

FranceConnect+ en bref
Pour sécuriser l’accès aux démarches les plus sensibles nécessitant une sécurité accrue telles que l’ouverture d’un compte bancaire, la consultation de son dossier médical ou de lettres recommandées électroniques, l’État a mis en place FranceConnect+ en 2021, une version encore plus sécurisée de FranceConnect.
- 2,7 millions d’usagers de FranceConnect+ ;
- 800 000 connexions mensuelles
"""

TEXTS["fr13_lancement_tchap_messagerie.txt"] = """Lancement de Tchap : la messagerie instantanée des agents de l’État

19 avril 2019

L’État lance Tchap, sa propre messagerie instantanée, en version bêta. Développée au sein de l’administration et destinée aux agents de l’État elle vise à offrir une alternative sécurisée aux applications grand public.

L’application Tchap peut être librement installée sur les smartphones Apple et Android à partir des magasins d’applications. Les agents de l’État peuvent également y accéder depuis un navigateur web. Leur adresse mail professionnelle suffit pour s’identifier.

L’outil se distingue par la place accordée à l’expérience utilisateur. Ergonomique et simple d’utilisation, Tchap est innovant et conçu pour être adopté par tous les agents de l’État, tout en garantissant la protection des échanges.

Sur Tchap, les conversations privées sont chiffrées de bout en bout, stockées en France, et les pièces jointes inspectées par un antivirus.

Engagé début 2018 et nommé en hommage au télégraphe Chappe, le projet a été piloté par la direction interministérielle du système d’information et de communication de l’État (DINSIC) avec la contribution de l’agence nationale de sécurité des systèmes d’information (ANSSI), du ministère des Affaires étrangères et du ministère des Armées. Au cours d’une phase d’expérimentation de plusieurs mois, plusieurs milliers d’agents publics ont pu la tester et partager leurs retours d’expérience pour permettre d’améliorer le produit.

Tchap s’appuie sur un logiciel open source (Riot) adapté aux besoins de l’État, qui bénéficie de nombreuses contributions et implémente un standard ouvert (Matrix).

Cette version bêta fera l’objet d’une amélioration continue, tant en termes d’ergonomie que de sécurité. Ainsi, la DINSIC se tient à l’écoute des experts de la société civile, et prendra en compte tout retour qu’ils lui remonteraient en vue d’améliorer l’application, comme ce fut le cas pour une faille - d’impact mineur - détectée le 18 avril et corrigée en quelques heures. Pour aller plus loin, la DINSIC lancera prochainement un « bug bounty ».

Tchap s’inscrit dans une stratégie plus large de modernisation portée par le gouvernement, dont l’un des axes prioritaire est de doter les agents de l’État d’outils de travail numériques performants, leur permettant de travailler en réseau, y compris avec des partenaires extérieurs à l’État.
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
