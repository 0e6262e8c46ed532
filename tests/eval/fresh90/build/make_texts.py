#!/usr/bin/env python3
"""Write fresh90/texts: 11 French news items and communiqués of Etalab, the DINSIC and the DINUM (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file (the commit it reported
for the stored version read is in SOURCES below) and the plain text was transcribed from that reading
into TEXTS below by hand (no program read the raw Markdown; this script only writes the result), with
the rules of fresh76/fresh78/fresh81/fresh84/fresh86/fresh88:

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ');
  blank line; dateline = the front matter's `date`, written "27 novembre 2013"; blank line; body.
- the front matter's `chapeau-text` is the first body paragraph (YAML folded lines joined with one
  space; the "**" marks of fr06's chapeau dropped); other front-matter fields (images, files, press
  contacts, tags, styles) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote marks, "<br>", HTML tags, "{: ...}" markers, "&nbsp;" written as a plain space; a link
  "[text](address)" keeps its text; a line that is only a link, a button or an image is dropped; list
  items "* text" and "•<tab>text" written "- text"; numbered items "1.**Le réseau ...**" written
  "1. Le réseau ..."; the interview marks "**F.M :**", "**Steve Ciré.**", "**Stéphane Gigandet.**",
  "SG." and "**SG.**" kept as plain text; blank-only lines (a single space in the source) are
  paragraph breaks; trailing spaces dropped; double and triple spaces inside lines kept as in the source.
- cuts and other omissions: see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_dataconnexions_4_mazzella.txt": (
        "_actualites/concours-dataconnexions-number-4-entretien-avec-frederic-mazzella-president-du-jury.markdown",
        "11b18b12e6d1f10cfaf9fcbcfae42732acbc38d0"),
    "fr02_open_food_facts_gigandet.txt": (
        "_actualites/dataconnexions-open-food-facts-un-projet-citoyen-qui-sert-aussi-la-science.markdown",
        "0c5ece72d5e1360029e8f8aad52e11ee8cccaced"),
    "fr03_le_veilleur_marches_publics.txt": (
        "_actualites/dataconnexions-le-veilleur-dot-fr-compagnon-des-pme-en-quete-de-marches-publics.markdown",
        "1a94b65a310f46a1629c16704223102e568e7aec"),
    "fr04_panorama_4e_edition_2017.txt": (
        "_actualites/4e-edition-du-panorama-des-grands-projets-si-de-letat-61-projets-a-la-loupe.markdown",
        "107fb499c4276ac36e6c0c8a6116afb57a3dad55"),
    "fr05_teletravail_tchap_webconference.txt": (
        "_actualites/coronavirus-teletravail-2-outils-pour-faciliter-la-collaboration-a-distance-des-agents-publics.markdown",
        "02f606fb0deb79b781ac52f482f5d692d2d3be2e"),
    "fr06_commando_ux_recrutement.txt": (
        "_communiques/commando-ux-letat-recrute-designers-et-developpeurs-pour-simplifier-les-demarches-en-ligne-les-plus-utilisees-par-les-francais.markdown",
        "097323136c08e85cd0cb0d20e848db308768ee19"),
    "fr07_barometre_agent_2020.txt": (
        "_actualites/barometre-numerique-agent-2020.markdown",
        "0a1b2b35026f463fa34cef6b8d1c8fd35d961981"),
    "fr08_feuilles_de_route_donnees_ign.txt": (
        "_communiques/le-gouvernement-poursuit-son-engagement-pour-une-politique-ambitieuse-douverture-et-dexploitation-des-donnees-publiques-au-service-de-laction-publique.markdown",
        "17b511c5430e42b94d64926e2b920cbf8e55d178"),
    "fr09_franceconnect_30_millions.txt": (
        "_actualites/30-millions-dutilisateurs-conquis-par-franceconnect.markdown",
        "32dbb44172dcf0bbb43e2900a99878a77ecddfee"),
    "fr10_dinum_cio_europeens_prague.txt": (
        "_actualites/feuille-de-route-numerique-public-dinum-sinspire-des-travaux-homologues-europeens.markdown",
        "367ba3740b51cd8d32c79c23fee0e40fac803fba"),
    "fr11_accessibilite_seeph_fiphfp.txt": (
        "_actualites/accessibilite-numerique-des-avancees-importantes-pour-tous-les-usagers.markdown",
        "0080b2a41e6598ad4ffa05729b32504b38a69eed"),
}

TEXTS = {}

TEXTS["fr01_dataconnexions_4_mazzella.txt"] = """Concours Dataconnexions#4 : entretien avec Frédéric Mazzella, président du jury

27 novembre 2013

Pour cette 4e édition du concours Dataconnexions, invitant les startups à présenter leur projet s’appuyant sur l’ouverture de données publiques, Frédéric Mazzella, Fondateur du service de co-voiturage en ligne BlaBlaCar, a pris la présidence. Il revient pour nous sur l’importance du digital pour développer de nouveaux services et l’apport de l’open data.

1. Frédéric Mazzella, votre startup BlaBlaCar est ancrée dans le numérique, parlez-nous de l'importance du digital dans le développement d'un service de co-voiturage

F.M : Techniquement le Covoiturage repose sur des Données et de la Connectivité. Avec plus de 5 millions de membres dans le réseau BlaBlaCar Europe et plus d'un million de voyageurs chaque mois, le covoiturage n'a pu se développer que grâce au digital (la capacité de traiter de grandes quantités de données rapidement), et grâce à internet (la connectivité).

Le digital est indispensable au développement du covoiturage à grande échelle car les quantités d'informations à traiter sont colossales : collecter et distribuer à tout instant l'information sur les places disponibles dans des millions de voitures de particuliers circulant partout, et dans toutes les directions.   Au-delà de ce métier d’agrégateur d'information de "sièges disponibles", la précision et la quantité des informations nécessaires aux voyageurs pour faire leur choix nous demande de nous appuyer sur d'autres sources de données elles aussi colossales, afin de pouvoir donner précisément les informations sur les lieux de départ ou d'arrivée des trajets possibles.

Internet (ou la connectivité temps réel) est également indispensable au covoiturage pour la simple raison que la collecte et la restitution des informations doivent aller très vite. L'usage accru des téléphones mobile renforce cette nécessité de rapidité de circulation et traitement des informations. Le covoiturage est un "service de mobilité", et il trouve donc toute sa pertinence sur smartphones.

2. Vous prenez la présidence de cette 4e édition de Dataconnexions, que pensez-vous de l'open data comme moteur de développement des jeunes pousses françaises ?

F.M : La construction d'une structure permettant d'héberger des données comme Etalab dont le concours Dataconnexions est issu, est le résultat de la volonté de développer un écosystème autour des données. L'open data est donc une "nouvelle matière première" dont les générations futures vont pouvoir se servir. Les développeurs et innovateurs de tous horizons vont pouvoir se nourrir de l'open data pour faire naître de nouvelles applications et services. L'open data est aussi un fort moteur de développement, et une grande chance pour les startups futures et pour l'innovation en général, en France comme ailleurs.
Au-delà des innovateurs et jeunes pousses, ces données seront aussi utiles aux administrations et collectivités locales elles-mêmes, qui n'avaient pas forcément déjà accès à ces données potentiellement produites par d'autres administrations.

3. Pour vous, quelle est l'importance de l'open data dans le paysage économique actuel ?

F.M : L'open data peut amener croissance et engagement.  L'arrivée d'une nouvelle et forte tendance comme l'open data est une potentielle gigantesque bouffée d'air pour la croissance et la création de valeur, et aussi pour l'optimisation de processus anciens, obsolètes, chers ou inefficaces.

L'important dans cette démarche d'open data est de rendre accessibles la production et l'utilisation des données au plus grand nombre d'acteurs. Il s'agit donc de simplifier les échanges et de standardiser intelligemment les modèles de données, de manière flexible. Cela amènera un meilleur engagement de la communauté, et cet engagement est le gage de réussite et de croissance de tout l'écosystème.

5. Quel message souhaitez-vous adresser aux candidats de Dataconnexions ?

F.M : Merci tout d'abord aux candidats de cette année pour avoir imaginé et souvent initié des services très innovants sur la base des nouvelles données accessibles. Nous avons reçu 63 dossiers de candidature cette année, soit 2 fois plus que pour l’édition précédente. C'est le signe que le mouvement est lancé, et que l'open data s'impose déjà comme une tendance forte parmi les startups.
"""

TEXTS["fr02_open_food_facts_gigandet.txt"] = """[Dataconnexions] Open Food Facts : un projet citoyen qui sert aussi la science

11 janvier 2016

Lauréat de la 4e édition du concours Dataconnexions, la base de données sur les produits alimentaires Open Food Facts s'est beaucoup enrichie grâce aux contributions d'une armée de contributeurs bénévoles. Ses données, partagées sur data.gouv.fr, constituent un matériau précieux pour les chercheurs. Rencontre avec Stéphane Gigandet, à l'initiative du projet.

Open Food Facts grandit et s'apprête à faire des petits. Cette base de données, ouverte et collaborative , répertorie les ingrédients, allergènes et compositions nutritionnelles des produits alimentaires. Avec l’application smartphone du même nom, il suffit de scanner le produit pour obtenir toutes ces informations. Stéphane Gigandet, à l'initiative du projet, compte appliquer la même recette aux cosmétiques, aux compléments alimentaires et aux médicaments. Les consommateurs seront invités à enrichir des référentiels en photographiant les produits, les étiquettes et les codes-barres depuis leur téléphone portable. L'aventure Open Food Facts se poursuit, alors que se profile la finale de Dataconnexions 6, le 2 février prochain à Toulouse.

Comment s'est développé le projet au cours des deux dernières années, depuis votre prix reçu à Dataconnexions ?

Stéphane Gigandet. La communauté Open Food Facts s'est agrandie. Elle compte désormais près de 2 000 contributeurs et référence 44 000 produits, contre quelques centaines à nos débuts en 2012. Le prix Dataconnexions nous a bien aidés, apportant de la visibilité et de la crédibilité. Nous le mettons systématiquement en avant dans les dossiers de candidature que nous avons déposés, par exemple pour Google Impact Challenge et un concours britannique semblable à Dataconnexions, où nous avons été finalistes.

Ce prix a aussi eu le mérite de susciter l'intérêt de chercheurs qui s'appuient sur nos données, publiées sur data.gouv.fr, pour mener leurs travaux. Nous travaillons ainsi avec le Programme national nutrition santé  qui, en retour, nous a transmis sa formule de calcul des scores nutritionnels matérialisées par des pastilles de couleurs étiquetées A, B, C, D, E. C'est notre manière de contribuer à la « science citoyenne ». L'open data ne se résume pas aux données de l’État et des collectivités, nous raisonnons données d'intérêt public, ce qui inclut également celles produites par les entreprises et tout un chacun. Open Food Facts est un projet citoyen et il le restera. Nous nous sommes d'ailleurs organisés l'année dernière en association de loi 1901 à but non lucratif.

Pensiez-vous intéresser un public aussi varié, y compris scientifique, à vos débuts ?

SG. C'était l'une de nos ambitions. Dès le départ, nous avions imaginé que les données collectées servent à des fins scientifiques, en vue d'établir des corrélations, voire des relations de causalité, entre les aliments consommés dans des régions du monde et la prévalence du diabète ou de l'obésité par exemple. En même temps que nous construisions la base, nous avons pensé d'emblée réutilisation des données et lancé de mini-applications, comme le jeu en ligne « Combien de sucres ?  ».

Sur ce même thème, le ministère de la Santé britannique vient de lancer une grande campagne de sensibilisation baptisée Sugar Smart. Le consommateur scanne un produit depuis une application mobile et obtient en retour la quantité de sucres qu'il contient. Nous allons contacter cette administration pour lui proposer notre base qui contient déjà 3 000 références locales. L'un de nos défis, auquel nous avons commencé à répondre, vise à donner une dimension plus internationale au projet.

Vous suivez d'autres pistes d'évolution ?

SG. Oui, elles sont nombreuses. Nous cherchons à retracer de manière simple l'évolution de la composition d'un même produit au fil du temps. Pour certains d'entre eux, nous disposons d'un historique de trois ans. C'est une mine d'informations qui peut être mise à profit pour vérifier les discours des industriels concernant la diminution des taux de sucre, sel, etc.
"""

TEXTS["fr03_le_veilleur_marches_publics.txt"] = """[Dataconnexions] Le-veilleur.fr, compagnon des PME en quête de marchés publics

19 janvier 2016

Plus de 600 entreprises, dont des professionnels des marchés publics qui accompagnent les PME, font confiance au site le-veilleur.fr et à son moteur de recherche pour dénicher des appels d’offres. La startup s’est fixée comme objectif de faire grossir sa base clientèle cette année à travers partenariats et actions de communication. Rencontre avec Steve Ciré, à l’origine de ce projet lauréat du concours Dataconnexions 4.

Trouver l’information est la première difficulté à laquelle sont confrontées les PME désireuses d’accéder à la commande publique. Steve Ciré l’a vérifié à maintes reprises au cours des formations qu’il dispensait. Ce qui lui a donné l’idée de développer un moteur de recherche qui indexe des centaines de milliers d’opportunités éparpillées parmi des milliers de sites Internet. Il s’est associé avec un ingénieur informatique, Christophe Viaud, pour fonder le-veilleur.fr. L’initiative a été récompensée lors de Dataconnexions 4 en janvier 2014. Ensuite tout s’est enchaîné très vite.

Quel constat vous a amené à concevoir le-veilleur.fr ?

Steve Ciré. Le marché public est un puzzle géant, constitué de milliers de pièces. Pour repérer les appels d’offres susceptibles de les intéresser, les PME ont le choix entre passer du temps à surfer sur le Net ou faire appel à un prestataire qui mène une veille pour leur compte. Payer pour accéder à une information publique ne les enchante guère, elles voudraient accéder à une plateforme unique, centralisant l’ensemble des appels d’offres. C’est pour répondre à ce besoin des entreprises, notamment petites et moyennes, que nous avons conçu le site le-veilleur.fr, avec son moteur de recherche. Il leur permet d’accéder gratuitement à l’ensemble des marchés publics et, pour un coût modique, de bénéficier d’un service de veille. L’abonné est alerté lorsque paraissent de nouveaux appels d’offres correspondant à ses critères de recherche.
"""

TEXTS["fr04_panorama_4e_edition_2017.txt"] = """4e édition du panorama des grands projets SI de l’État : 61 projets à la loupe

29 novembre 2017

Un an après sa première parution, la direction interministérielle du numérique et du système d’information et de communication de l’Etat (DINSIC) publie la 4e édition du panorama des grands projets SI de l’Etat. Son suivi sur un an montre une tendance à la stabilité.

La 4e édition du panorama piloté par la « DSI de l’Etat » passe en revue 61 grands projets informatiques en cours au sein des ministères, « grands » par leur impact, leur complexité et/ou leur budget. Avec un investissement total de 2,63 milliards d’euros, ils témoignent de l’ampleur de la transformation numérique de l’Etat actuellement à l’œuvre, tant à destination du citoyen que dans son fonctionnement interne.

Un nouveau chantier fait son entrée dans le tableau de bord : la modernisation des centres d’information et de commandement (MCIC2) de la police nationale, lancée début 2015. Avec un budget prévisionnel de 30,8 millions d’euros sur près de six ans et demi de travaux, le projet vise à doter ces centres d’un outil moderne pour gérer de façon optimale les urgences, les interventions et les ressources sur le terrain, en tirant profit des fonctionnalités offertes par la révolution numérique : remontée d’information via les réseaux sociaux, les médias en ligne, réception de photos, vidéos, utilisation de la mobilité…

Achevé en octobre dernier, le projet d’offre d’infrastructure de gestion de clés (IGC) des ministères économiques et financiers est quant à lui le neuvième à sortir du panorama. Cette offre permet de délivrer des certificats électroniques garantissant la sécurité des données et échanges numériques, conformément aux normes du référentiel général de sécurité (RGS) et européen (e-IDAS). Après presque trois années de travaux, le coût total du chantier se révèle inférieur de 25% au budget initialement prévu.

Une tendance à la stabilité

C’est bien là la vocation initiale de ce tableau de bord : à travers un suivi régulier, permettre à la DINSIC de surveiller et sécuriser les grands projets SI de l’Etat, et en rendre compte. Cette 4e édition du panorama, un an après la première parution en novembre 2016, permet de noter une tendance globale à la stabilité.

La durée moyenne d’un projet reste constante, autour de 6,2 ans. Le taux d’écart budgétaire (moyenne des écarts entre budgets finaux et budgets prévus initialement) sur l’ensemble du portefeuille a très peu varié et s’établit aujourd’hui à 25%. Enfin, le taux d’écart calendaire (moyenne pondérée des écarts entre durées finales et durées prévues initialement), 22% pour cette 4e édition, a enregistré sur un an une baisse de 2 points.

Fins de projets annoncées

Dans les mois à venir, plusieurs projets doivent se terminer et sortir du panorama, parmi lesquels :
1. Le réseau interministériel de l’Etat (RIE), qui remplace progressivement les différents réseaux exploités par les 17 ministères.
Les gains de cette infrastructure partagée ? Une seule maintenance, une seule gestion de la sécurité et surtout un seul canal pour échanger des données entre ministères. Opéré par un service à compétence nationale rattaché à la DINSIC, au sein du SGMAP, ce projet emblématique de la modernisation du SI de l’Etat achèvera son déploiement fin 2017 (consulter le rapport d’activité 2016 du RIE).

2. Le projet Alpha de système d’information unique pour la gestion des achats du ministère des Armées.
Lancé opérationnellement en avril 2015, il vise à harmoniser et simplifier les processus achats de l’ensemble des entités du ministère, et contribuera à sa performance en termes de coûts et de qualité.

3. Chorus Portail Pro 2017 (CPP2017), chantier majeur permettant de mettre en œuvre la facturation électronique, qui devient obligatoire par étapes entre 2017 et 2020 pour les fournisseurs de l’État, des collectivités territoriales et des établissements publics.
Depuis janvier 2017, le portail unique sécurisé Chorus Pro permet déjà le dépôt, la réception et la transmission des factures électroniques. A terme, plus d’un million de fournisseurs de la sphère publique pourront accéder à ce service.
"""

TEXTS["fr05_teletravail_tchap_webconference.txt"] = """Coronavirus et télétravail : 2 outils pour faciliter la collaboration à distance des agents publics

16 mars 2020

Le coronavirus amène les agents publics à télétravailler massivement, hors nécessité de service. Dans ce contexte, deux outils en ligne conçus et maîtrisés par l’État vous faciliteront la collaboration à distance avec votre équipe mais aussi vos partenaires : une messagerie instantanée et un outil de webconférence pour mener des réunions en ligne. Retrouvez aussi nos bonnes pratiques pour un usage responsable d'internet en télétravail depuis le réseau.

Tchap, la messagerie instantanée des agents publics

Pour vos échanges à distance, vous pouvez compter sur Tchap, la messagerie instantanée créée pour les agents publics, opérée par l’État.

Disponible sur smartphone et sur ordinateur, Tchap vous permet de :

- discuter en privé à deux ou en groupe (salon), avec un agent en télétravail
- partager des fichiers (documents, photos, vidéos…),
- inviter des correspondants extérieurs à l’État (partenaire, prestataire…) à un groupe,
- créer ou rejoindre des groupes de discussion publics, ouverts à tous,
- retrouver facilement un interlocuteur grâce à l’annuaire intégré des utilisateurs…

Rejoignez les plus de 115 000 utilisateurs !

Et en version web

sur tchap.gouv.fr

Webconférence de l’État, pour vos réunions à distance

Webconf.numerique.gouv.fr permet notamment d’organiser en ligne, à distance, des réunions, des conférences, des présentations.

Vous pouvez :

- organiser une réunion à distance en audio et/ou vidéo,
- diffuser une présentation,
- partager la fenêtre d’un programme sur votre ordinateur,
- discuter en instantané via un tchat intégré,
- éditer un texte en mode collaboratif et en temps réel…

Comment l'utiliser ?

Pour créer un salon de webconférence, vous devez être connecté au réseau interministériel de l’État (RIE).

Pour rejoindre un salon en tant qu'invité, vous pouvez le faire hors réseau depuis n'importe quel accès internet, soit depuis la version web sur webconference.numerique.gouv.fr, soit à partir de votre smartphone ou tablette Android ou Apple depuis l'application Jitsi Meet, disponible sur Google Play Store et sur l'App Store. Dans ce cas, suivez les instructions de ce tutoriel.

Lorsque la vidéo n’est pas nécessaire, préférez l’audioconférence qui est moins gourmande en bande passante et saturera moins les réseaux.

Déjà 12 000 participants par mois

5 bonnes pratiques

pour un usage responsable d’internet en télétravail

Lorsque j’utilise ma connexion au réseau à distance :

1. Je réserve mes consultations internet à un usage strictement professionnel

2. J’évite les téléchargements de fichiers lourds ET les accès aux espaces de stockage distants (drives)

3. Je diminue mon utilisation d’internet entre 10h30 et 15h30

4. Je supprime les images de ma signature de mail ou la réduis au strict nécessaire (nom, prénom, numéro de téléphone)

5. Je me déconnecte du réseau à distance ou utilise mon ordinateur ou mon smartphone personnels :
- pour des usages gourmands comme le visionnage de vidéos
- pour des recherches/consultations non sensibles

J’applique ces bonnes pratiques : c’est la garantie pour tous de préserver l’accès à nos outils informatiques
"""

TEXTS["fr06_commando_ux_recrutement.txt"] = """Commando UX : l'État recrute designers et développeurs pour simplifier les démarches en ligne les plus utilisées par les Français

30 juin 2020

Améliorer concrètement et rapidement l’expérience utilisateur  des services numériques les plus utilisés par les Français pour les rendre plus simples et désirables, c’est la promesse du dispositif Commando UX lancé par la direction interministérielle du numérique (DINUM) le 8 juin dernier. Après une phase d’appel à défis auprès des administrations, c’est désormais au tour des designers et développeurs de candidater dès aujourd’hui et jusqu’au 17 juillet 2020 pour tenter d’intégrer le Commando UX à la rentrée.

COMMANDO UX, UN DISPOSITIF D’AMÉLIORATIONS CONCRÈTES DES DÉMARCHES POUR TOUS
Pour que les usagers des démarches administratives en ligne bénéficient d’expériences plus simples et plus désirables, l’État recrutera 15 designers et développeurs au sein de ses administrations à partir de septembre 2020. Au programme de cette première promotion, 10 défis proposés par les administrations permettront à celles-ci, appuyées par ces experts numériques, de concrétiser leur démarche de dématérialisation. Parmi les projets les plus impactants : simplifier le parcours des demandeurs d'emploi pour le renouvellement mensuel de leur situation, permettre aux étrangers de faire une demande de titre de séjour en ligne, au sein d'un portail de demande unifié enfin, pour les citoyens souhaitant simuler leurs droits sociaux, faciliter leur parcours afin que non pas 50% mais tous les usagers parviennent à effectuer cette démarche.

UNE EXPÉRIENCE UNIQUE : 4 MOIS AU CŒUR DES ADMINISTRATIONS DE L’ÉTAT
Les designers et développeurs convaincus que le numérique peut être porteur de simplification pour les usagers sont invités à candidater en ligne dès aujourd’hui et jusqu’au 17 juillet 2020.

Pour recruter les experts les mieux armés, la DINUM évaluera les candidats selon plusieurs critères :
- Pour les designers : leur sens de l’esthétique, leur expérience (UX/UI/développement) et leur connaissance des technologies numériques ;
- Pour les développeurs : leur expertise des technologies et des langages utilisés ;
- Leur empathie, leur capacité à s’adapter, leur niveau d’exigence et leur rapidité d’exécution ;
- Enfin, leur engouement pour l’intérêt général.

Après leur sélection, les candidats retenus composeront le premier Commando UX. Pour mener à bien leur mission, ils pourront compter sur l’appui d’un référent au sein de l’administration d’accueil et de 2 design managers et 1 UX researcher de la DINUM. L'immersion revêt un double objectif : livrer une solution viable et comportant des améliorations tangibles pour les usagers, tout en diffusant des pratiques innovantes au sein des services concernés. Les candidats sélectionnés seront recrutés en contrat à durée déterminée pour une période de 4 mois (du 7 septembre au 31 décembre 2020), rémunérés 3 000 € ou 3 500 € net par mois selon leur profil. Dès le 7 septembre, ils intègreront leurs administrations d’accueil respectives pour travailler en étroite collaboration avec des agents publics issus de celles-ci.

Ainsi engagé dans le soutien à l’emploi, le dispositif Commando UX s’inscrit dans TECH.GOUV, le programme d’accélération de la transformation numérique du service public conduit par la DINUM.

Les dates clés du dispositif Commando UX :
- 8 au 19 juin 2020 : appel à défis auprès des administrations ;
- 22 au 26 juin 2020 : étude et sélection des défis les plus impactants ;
- 29 juin au 17 juillet 2020 : appel à candidatures des designers et développeurs ;
- 20 au 31 juillet 2020 : entretiens et recrutement du Commando UX ;
- 7 septembre au 31 décembre 2020 : intégration des designers et développeurs au sein de l’administration et réalisation des défis.
"""

TEXTS["fr07_barometre_agent_2020.txt"] = """Baromètre numérique de l’agent 2020 : des agents de plus en plus satisfaits de leur environnement de travail numérique

24 février 2021

La DINUM publie les résultats du baromètre numérique de l’agent 2020, qui recueille l’avis des agents de l’État sur leur environnement numérique de travail.

Que pensent les agents de l’État de leur environnement de travail numérique ? En sont-ils satisfaits ? Quels en sont, pour eux, les points positifs et à améliorer ?

Depuis 2019, en lien avec les équipes numériques ministérielles, la DINUM opère le baromètre numérique de l’agent (BNA) dans le cadre du programme TECH.GOUV : une fois par an, l’ensemble des agents de l’État (administrations centrales et déconcentrées, hors fonction hospitalière et enseignement) est invité à exprimer son avis quant à ses équipements, ses outils numériques professionnels et aux services associés (assistance, formation…).

Les résultats de ce baromètre permettent de confirmer les progrès réalisés, d’identifier les axes d’amélioration, et de suivre en continu, d’une année sur l’autre, les effets des actions menées tant au niveau des ministères qu’en interministériel.

Avec près de 73 000 répondants, l’édition 2020, conduite en septembre, permet ainsi de tirer des enseignements sur les actions engagées depuis la première édition pour améliorer l’environnement numérique de travail des agents. Elle prend place dans le contexte particulier, en lien avec la crise sanitaire que nous connaissons, d’un présent et d’un avenir professionnels qui donnent notamment une part plus importante au travail à distance. Les résultats 2020 montrent que l’État a su s’adapter face à la situation et trouver des solutions pour satisfaire les besoins numériques de ses agents.

Une satisfaction en hausse

La satisfaction des agents affiche une progression sur l’ensemble des composantes de l’environnement numérique de travail : en matière d’équipement informatique (72% satisfaits, +6 pts par rapport à 2019), de capacité à se connecter (62% satisfaits, +2 pts) et de services d’assistance, largement sollicités depuis le premier confinement début 2020 (76% satisfaits, +10 pts).

Ces évolutions positives sont soulignées par une excellente appréhension de l’environnement numérique de travail, également en hausse, avec 9 agents sur 10 déclarant bien le maîtriser (91%, +4 pts).

Les agents se disent mieux équipés pour le travail à distance

Le baromètre 2020 met également en lumière les efforts menés par les administrations en matière d’équipements nomades depuis 2019, signe qu’elles ont su en accélérer le déploiement pour répondre dans l’urgence aux confinements et au télétravail massif des agents. On enregistre ainsi un recul des postes de travail fixes et une hausse de la dotation en ordinateurs portables : la moitié des agents (50%, +10 pts) déclarent être équipés en ordinateurs portables.

Les marges d’amélioration se situent au niveau de la qualité de l’équipement avec près de 2 agents sur 5 qui considèrent que l’équipement fourni par l’administration (ordinateur fixe ou ordinateur portable, tablette, smartphone) est globalement moins performant que leur équipement personnel.

La dotation en téléphonie mobile reste encore limitée depuis 2019 et concerne un quart des agents.

Deux tiers des agents (68%) estiment que leur environnement de travail leur permet de travailler à distance, dont 26% estiment être équipés pour assurer un travail « complet » à distance.

Par ailleurs, hors période de crise liée au Covid-19, le télétravail concerne plus d’un agent sur 3, dans des proportions variées : 37% des agents déclarent le pratiquer au moins une fois par an.

Si les conditions du travail à distance sont meilleures en administrations centrales, des efforts restent à mener pour les agents en administrations déconcentrées, en matière d’équipements nomades notamment.

Le besoin de perfectionner les usages demeure

Les applications fournies par les ministères et les outils interministériels (travail collaboratif, partage de fichiers…) continuent également de progresser dans les usages avec un taux de satisfaction de 71% bien que 2 agents sur 3 considèrent que les obligations de sécurité peuvent freiner leurs activités, plus particulièrement en situation de travail à distance.
"""

TEXTS["fr08_feuilles_de_route_donnees_ign.txt"] = """Le gouvernement poursuit son engagement pour une politique ambitieuse d’ouverture et d’exploitation des données publiques au service de l’action publique

27 septembre 2021

Amélie de Montchalin, ministre de la Transformation et de la Fonction publiques, chargée de la politique publique de la donnée, annonce aujourd’hui la publication des 15 feuilles de route ministérielles ambitieuses en matière d’ouverture, de circulation et de valorisation des données publiques.

Lors du cinquième comité interministériel de la transformation publique qui s’est tenu à Mont-de-Marsan le 5 février dernier, le Premier ministre s’est engagé à ce que le Gouvernement mène une politique d’ouverture de la donnée publique ambitieuse, visant à mieux exploiter, ouvrir, partager et valoriser les données publiques.

Par une circulaire du 27 avril 2021, il a demandé à l’ensemble des membres du Gouvernement de faire de la politique de la donnée une de leurs priorités dans leurs relations avec tous ses partenaires, notamment les collectivités territoriales, les acteurs privés et la société civile. Il leur a demandé de rédiger une feuille de route sur l’exploitation des données de leurs ministères.

La ministre de la Transformation et de la Fonction publiques s’est rendue à l’IGN ce jour pour faire le point sur les progrès de deux projets ambitieux de la politique de la donnée financés par son ministère : le programme LIDAR Haute Densité, visant à décupler la connaissance du territoire national, financé à hauteur de 21,5 millions d’euros par le fonds pour la transformation de l’action publique ; et le programme de suivi de l’occupation et de l’usage des sols, visant à lutter contre l’artificialisation des sols, et financé à hauteur de 11,1 millions d’euros par le fonds pour la transformation de l’action publique.

A cette occasion, la ministre de la Transformation et de la Fonction publiques a rendu publiques les quinze feuilles de route ministérielles des données, algorithmes et codes sources. S’appuyant sur une gouvernance interministérielle renouvelée et plus efficace avec 15 administrateurs des données, désignés dans chaque ministère, ces feuilles de route permettront de :

- Simplifier les démarches administratives des Français, en systématisant le partage de données entre administrations pour ne pas demander des justificatifs ;
- Stimuler l’innovation et la création de nouveaux services d’intérêt général et privés ;
- Améliorer l’efficacité des politiques publiques, en renforçant le pilotage par les données, à l’instar du baromètre des résultats de l’action publique ;
- Promouvoir la transparence de l’action publique ;
- Faciliter le travail des chercheurs en simplifiant leur accès aux données publiques.

Ces feuilles de route ambitieuses visent à maintenir la France à l’avant-garde mondiale en matière d’exploitation de ses données publiques. Grâce à l’engagement renouvelé du Gouvernement, la France s’est distinguée par des classements qui confirment son avance en la matière : elle se place au deuxième rang des pays de l’OCDE, et au troisième rang au niveau européen.

La ministre de la transformation et de la fonction publiques assurera le suivi de la mise en œuvre de ces feuilles de route. Un point d’avancement sera réalisé par le Premier ministre lors du prochain comité interministériel de la transformation publique.
"""

TEXTS["fr09_franceconnect_30_millions.txt"] = """30 millions d’utilisateurs conquis par FranceConnect !

7 octobre 2021

FranceConnect facilite désormais l’accès aux démarches en ligne de plus de 30 millions de Français. Services numériques de l’État, de collectivités ou du secteur privé : le fédérateur d’identités mis en place par l’État est la clé d’entrée vers plus de 1000 démarches du quotidien, et poursuit son accélération.

FranceConnect est le service d’identification en ligne proposé par l’État, créé et opéré par la direction interministérielle du numérique (DINUM), sous l’autorité de la ministre de la Transformation et de la Fonction publiques.

5 ans seulement après son lancement, il a atteint et même dépassé avec plus d’un an d’avance l’objectif de 30 millions d’utilisateurs fixé par le Gouvernement pour fin 2022.

Raison principale de cette nouvelle accélération ? FranceConnect est le sésame pour récupérer son attestation de vaccination anti-Covid, sur le site officiel de l’Assurance maladie attestation-vaccin.ameli.fr. Les Français y faisant appel massivement, cette nouvelle démarche FranceConnectée a permis de conquérir plus de 3 millions de nouveaux utilisateurs sur 3 mois, entre juin et août 2021.

Le nombre de connexions mensuelles moyen a quasiment doublé en un an : de 10 millions en 2020, il est passé à plus de 18 millions de connexions mensuelles à fin septembre 2021.

Et c’est là la deuxième bonne nouvelle : non seulement les Français sont de plus en plus nombreux à utiliser FranceConnect, mais ils y ont aussi recours de plus en plus souvent. Ils étaient 8 millions fin 2020 à l’utiliser plus de 4 fois par an, ils sont maintenant 12 millions, à fin septembre 2021.

« FranceConnect s’est vraiment installé dans le paysage de l’identité numérique française », conclut Christine Balian, cheffe de la mission IDNUM au sein de la DINUM.

Une simplicité d’utilisation plébiscitée

Si FranceConnect se taille une place de choix dans les habitudes numériques des Français, c’est principalement pour la simplicité que leur offre le service : il leur permet de se connecter à plus de 1000 services en ligne en utilisant toujours les mêmes identifiant et mot de passe, parmi ceux proposés (Ameli, impots.gouv.fr, l’Identité Numérique La Poste, MobileConnect et moi ou msa.fr), sans avoir à créer chaque fois de nouveau compte. Il leur simplifie aussi les démarches : en se connectant via FranceConnect, certaines données sont préremplies, avec leur autorisation.

Une enquête Ifop réalisée en avril 2021 auprès de 1000 personnes a montré que 83% des utilisateurs sont convaincus par la facilité d’utilisation du service.

FranceConnect est également reconnu comme un vecteur de réassurance pour les usagers, qui sont 65% à lui faire confiance selon le baromètre 2021 de l’Acsel.

1000 services FranceConnectés, publics et privés

Le nombre de services en ligne FranceConnectés continue lui aussi de progresser, et compte à la fois des services publics mais aussi privés depuis fin 2018. Des banques, des assurances, des mutuelles, des fournisseurs d’énergie, à l’instar de Boursorama ou Enedis, proposent le bouton FranceConnect depuis quelques années et continuent à rejoindre l’écosystème. Un gage de sécurité pour les services qui s’assurent ainsi de l’identité de leurs utilisateurs, mais aussi une façon d’innover et de faciliter la vie de leurs clients.

Le 30 septembre 2021, le courtier en assurances Cbp s’est d’ailleurs vu décerner le Trophée d’Or de la relation clients dans le cadre des Trophées de l’assurance 2021, pour avoir mis en place FranceConnect en partenariat avec la DINUM et l’Assurance maladie : le service garantit l’identité de l’assuré et facilite le recueil de données auprès d’Ameli, optimisant ainsi le parcours client.
"""

TEXTS["fr10_dinum_cio_europeens_prague.txt"] = """Feuille de route du numérique public : la DINUM s’inspire des travaux de ses homologues européens

3 janvier 2023

La directrice interministérielle du numérique Stéphanie Schaer a rencontré la semaine dernière ses homologues européens, à l'occasion de la réunion informelle des directeurs et directrices des systèmes d’information (Chief Information Officers ou CIO) des 27 États membres de l’Union européenne (UE) qui se tenait à Prague mercredi 23 novembre 2022.

L’objectif de ce premier déplacement international : s'inspirer des meilleures pratiques européennes afin de nourrir la feuille de route de la direction interministérielle du numérique (DINUM), en cours de construction. Mais aussi dégager des pistes de collaborations futures en bilatérales ou multilatérales, en vue de mutualiser les efforts et les ressources en matière de numérique public pour les administrations européennes.

Une nouvelle feuille de route en construction pour le numérique public français

Nommée en septembre 2022 à la tête de la direction interministérielle du numérique (DINUM), Stéphanie Schaer œuvre à l’élaboration d’une nouvelle feuille de route. Elle s’appuie pour cela sur une démarche collective, associant les agents de la DINUM, les ministères, les partenaires, et s’inspirant des meilleures pratiques du privé comme de l’international, comme ici auprès des DSI européens, à Prague.

Interopérabilité, open source, identité numérique…

Comme tous les six mois, cette réunion informelle des DSI européens s’est tenue sous la présidence semestrielle du Conseil de l’UE, assurée actuellement par la République tchèque, en marge d’une Conférence grand public sur l’administration numérique (« Smooth Navigation through the online World of Public Administration 2022 »).

La réunion a été l’occasion pour les États membres d’échanger sur leurs défis et leurs bonnes pratiques en matière de numérique public, en particulier sur :

- l’interopérabilité : la proposition de règlement européen sur l’interopérabilité des services publics, dont l’un des objectifs est de doter le numérique public européen de nouvelles instances de gouvernance plus formelles ;

- l’open source : la coopération entre pays européens en matière de solutions open source pour les administrations, dans l’optique de respecter les impératifs de souveraineté de celles-ci ;

- l’évaluation de la transformation numérique des administrations : faire en sorte que les indicateurs et benchmarks proposés par la Commission européenne demeurent les plus pertinents et utiles ;

- l’identité et les portefeuilles numériques : tour d’horizon des expériences et bonnes pratiques nationales en la matière, dans le contexte de la révision du règlement européen sur l’authentification électronique et les services de confiance (eIDAS 2.0).

Ces premiers échanges internationaux entre la DINUM et ses homologues européens ont permis de nouer des relations qui se poursuivront dans les mois à venir.
"""

TEXTS["fr11_accessibilite_seeph_fiphfp.txt"] = """Accessibilité numérique : des avancées importantes pour tous les usagers

30 novembre 2023

Retour sur les avancées importantes en termes d’accessibilité numérique à l’occasion de la semaine européenne pour l'emploi des personnes handicapées (SEEPH) placée cette année sous le thème « La transition numérique : un accélérateur pour l’emploi des personnes en situation de handicap ? », qui s'est déroulée du 20 au 26 novembre 2023.

Rétrospective des actions de la DINUM lors de la semaine européenne pour l'emploi des personnes handicapées (SEEPH) :

Le 14/11/23 : introduction de la SEEPH avec l’intervention de la DINUM lors du séminaire organisé par le secrétariat général du Gouvernement et la direction des services administratifs et financiers de la Première ministre portant sur « La transition numérique : un accélérateur pour l’emploi des personnes en situation de handicap ? ».

Stéphanie Schaer, directrice interministérielle du numérique est intervenue aux côtés de Marine Neuville, directrice du Fonds pour l’insertion des personnes handicapées dans la fonction publique (FIPHFP) afin d’exposer les évolutions réglementaires en termes d’accessibilité numérique et évoquer le partenariat entre la DINUM et le FIPHFP faisant l’objet de la signature d’une convention.
Lors de cet événement, Jamshid Kohandel, chargé de mission accessibilité à la DINUM a partagé la manière dont le numérique peut accompagner le quotidien de travail des agents publics selon le type de handicap.

Le 21/11/23 : signature d’une nouvelle convention entre la DINUM et le FIPHFP.

La première annonce importante a été la signature d'une nouvelle convention entre la DINUM et le FIPHFP, en présence de Fadila Khattabi, ministre déléguée chargée des personnes handicapées, entre Françoise Descamps-Crosnier, présidente du Comité national du FIPHFP, Marine Neuville, directrice du FIPHFP, et Jérémie Vallet, adjoint à la directrice interministérielle du numérique et chef du département Appui, conseil et expertise de la DINUM.

Intervenant 10 ans après la première convention signée entre la DINUM et le FIPHFP, ce renouvellement est ambitieux entre les 2 partenaires, avec à la clé un montant de 20 millions d’euros sur 4 ans (soit un budget multiplié par 10 par rapport à la précédente convention).

Ce budget permettra notamment d’améliorer l’accessibilité des applications les plus utilisées par les agents ; promouvoir l’utilisation des ressources du référentiel général d’amélioration de l’accessibilité (RGAA) ; sensibiliser et former à l’accessibilité numérique tous les acteurs concernés ; avec l’ambition d’atteindre les objectifs d’amélioration de la qualité et l’accessibilité des 5 outils les plus utilisés par les agents des ministères mais aussi la formation au design et à l’accessibilité pour la moitié des 21 000 agents travaillant sur des produits et services numériques de l’État d’ici fin 2023, et la totalité d’ici 2027.

La convention prévoit également de développer l'accompagnement de la fonction publique territoriale, notamment via des appels à projets pour inciter les collectivités locales à s’engager.

Le 22/11/23 : l’adoption du Gouvernement de l’ordonnance visant à contrôler l’accessibilité des sites des administrations publiques à compter 2024 et à renforcer les sanctions en cas de manquements aux obligations.

Le Gouvernement a ratifié l’ordonnance n° 2023-859 du 6 septembre 2023 visant à renforcer les sanctions des manquements aux obligations d’accessibilité des services de communication au public, en ligne, prévues dans la loi n° 2005-102 du 11 février 2005 pour l’égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées.

Dès 2024 : le non-respect de l’accessibilité des sites, déjà rendue obligatoire depuis la loi de 2005, sera passible de sanctions dont le montant maximal est fixé à 50 000€ ; l’Autorité de régulation de la communication audiovisuelle et numérique (ARCOM) sera compétente pour identifier et constater les manquements, en s’appuyant notamment sur des méthodes de collecte automatisée, émettre des injonctions préalables aux sanctions ; si un manquement sanctionné persiste plus de six mois après l’imposition de la sanction initiale, une nouvelle sanction pourra être imposée (au lieu d’un an auparavant).
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
