#!/usr/bin/env python3
"""Write fresh78/texts: 11 French news items and communiqués of the DINUM/DINSIC/SGMAP (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file at the commit its
find_files listing gave (SOURCES below) and the plain text was transcribed from that reading into TEXTS
below by hand (no program read the raw Markdown; this script only writes the result), with these rules
(the same as fresh76's):

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ');
  blank line; dateline = the front matter's `date`, written "13 mai 2020" ("1er mars 2021"); blank line;
  body.
- the front matter's `chapeau-text` (the lead shown on the site above the body) is the first body
  paragraph; other front-matter fields (images, files, press contacts, tags, styles) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote/box marks, "<br>", "{: ...}" markers, HTML blocks, figures and images dropped; a link
  "[text](address)" keeps its text; a link whose text is an address, a line that is only a link or a
  button ("Lire aussi ...", "Consulter ...", "Accéder ...", "En savoir plus ..."), "À (re)lire" lines,
  press contacts and "À propos" boxes are dropped; list items "* text" written "- text"; a newline
  inside a sentence (hard wrap) is joined with one space, a newline after a sentence end becomes a
  paragraph break; trailing spaces dropped; double spaces inside lines kept as in the source.
- cuts (all at a paragraph end, the rest dropped) and other omissions: see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_covid_tableau_de_bord_aides_entreprises.txt": (
        "_actualites/covid-19-un-tableau-de-bord-pour-suivre-les-aides-aux-entreprises.markdown",
        "35f68360c77e14f157eaa51a3e705602ba68c5b6"),
    "fr02_dataconnexions_6_palmares.txt": (
        "_actualites/dataconnexions-6-le-palmares.markdown",
        "c47473be4ebd7fd3c1b97c06d1f6abbe1ffae884"),
    "fr03_demarches_simplifiees_six_mois.txt": (
        "_communiques/6-mois-apres-son-lancement-demarches-simplifiees-dot-fr-sur-la-voie-de-la-reussite.markdown",
        "9ec976724e46f4c531c11e6979bcb73c14fd9b01"),
    "fr04_france_transfert_lancement.txt": (
        "_communiques/france-transfert-letat-lance-un-service-interministeriel-denvoi-de-fichiers-volumineux-simple-et-securise.markdown",
        "87f5016914c5bcf9b38d00e9022cfa6adec54371"),
    "fr05_panorama_grands_projets_9e_edition.txt": (
        "_actualites/9e-edition-du-panorama-47-projets-numeriques-de-letat-passes-en-revue.markdown",
        "fed03ea9b1276c214da63181d9dd3be0e01d8ef5"),
    "fr06_barometre_numerique_agent_2022.txt": (
        "_actualites/barometre-numerique-de-lagent-2022-des-attentes-croissantes-des-agents-de-letat-dans-un-contexte-de-profonde-transformation-des-modes-de-travail.markdown",
        "6715dd80a6c0342395ee05e23c3dd8c8d5f70a3d"),
    "fr07_eig_50_talents_numerique.txt": (
        "_communiques/entrepreneurs-dinteret-general-letat-recrute-50-talents-du-numerique-pour-accelerer-sa-transformation.markdown",
        "35178faae77ffb8b8e9a31b4c3abaf9e38086d1f"),
    "fr08_dataconnexions_4_palmares.txt": (
        "_actualites/concours-dataconnexions-number-4-le-palmares-des-laureats.markdown",
        "1524ad96e6d7920cf998e215eb377d2c20613c31"),
    "fr09_france_2030_strategie_cloud.txt": (
        "_communiques/france-2030-la-strategie-nationale-cloud-senrichit-dun-nouvel-appel-a-projets.markdown",
        "846392e0d9a3adce4b5d93eda8ac69c271a250b2"),
    "fr10_hackathon_declaration_sociale_nominative.txt": (
        "_communiques/donnees-sociales-letat-devoile-les-resultats-du-hackathon-des-donnees-de-la-declaration-sociale-nominative-avec-x-cas-dusages-a-impact-visant-la-simplification-et-lefficacite-de-laction-de-letat-grace-a-lexploitation-des-donnees.markdown",
        "71da743070ee8e1aef17e0465db56cb2516ca49f"),
    "fr11_dcant_premiere_annee.txt": (
        "_actualites/administration-numerique-dans-les-territoires-retour-sur-la-premiere-annee-du-programme-dcant.markdown",
        "fee9d6c633153ba73b26b993c7b15e509b8700c0"),
}

TEXTS = {}

TEXTS["fr01_covid_tableau_de_bord_aides_entreprises.txt"] = """Covid-19 : Un tableau de bord interactif pour suivre les aides aux entreprises

13 mai 2020

Chaque Français peut désormais suivre l’attribution des aides apportées aux entreprises dans le cadre du Covid-19, grâce à un tableau de bord interactif réalisé par la direction interministérielle du numérique (DINUM) pour le compte des ministères économiques et financiers. Sorti fin avril avec les données du fonds de solidarité, le service continue de s’enrichir et intègre depuis ce jeudi 14 mai les prêts garantis par l’État (PGE) et les reports d’échéances fiscales..

Face à l’épidémie du Coronavirus Covid-19, le Gouvernement a mis en place un ensemble de mesures de soutien immédiates à destination des entreprises : fonds de solidarité, report de paiement d’échéances sociales et/ou fiscales, prêt garanti par l’État… Comment se répartissent ces aides par secteur d’activités et par département ?

Afin d’offrir une visibilité à tous les Français, Bruno Le Maire, ministre de l’Économie et des Finances, et Gérald Darmanin, ministre de l’Action et des Comptes publics, ont souhaité mettre à la disposition de tous un tableau de bord interactif.

Cet outil a été réalisé par la direction interministérielle du numérique (DINUM).

Retour sur sa création avec le pilote du projet Romain Talès, chef de la mission DATA au sein du programme TECH.GOUV d’accélération de la transformation numérique du service public.

Quel était le besoin des ministères économiques et financiers ?

Romain Talès – Dans le cadre de l’épidémie Covid-19, le Gouvernement, en particulier les ministères économiques et financiers, ont mis en place d’importants moyens afin d’accompagner les entreprises en difficulté. Il est rapidement apparu nécessaire de donner un maximum de visibilité à l’ensemble des Français sur les différentes aides attribuées.

Quelle a été votre intervention sur ce projet ?

R.T. – La DINUM a souhaité mettre son expertise en matière de conception d’outils numériques, et de données, au service des ministères économiques et financiers. Nous leur avons proposé de réaliser un tableau de bord en ligne interactif, qui permette de visualiser et parcourir les aides attribuées par secteurs d’activités et par zone géographique.

Nous venions justement de réaliser un premier tableau de bord clé dans la gestion de la crise Covid-19, au fonctionnement similaire : le tableau de bord de progression de l’épidémie, publié sur le site gouvernement.fr.

Forte de cette expérience, une équipe de 4 personnes aux compétences complémentaires, au sein du département Etalab de la DINUM, a conçu et réalisé une première version de ce nouveau tableau de bord, en 15 jours, depuis la récupération des données jusqu’au développement de l’outil de visualisation, en étroite collaboration avec les ministères.

Par quoi avez-vous commencé pour réaliser ce tableau de bord ?

R.T. – Première action cruciale : récupérer la matière première. Un tableau de bord comme celui-là repose avant tout bien sûr sur des données, et des données de qualité. En charge du pilotage global, j’ai tout d’abord obtenu auprès de la direction générale des finances publiques (DGFiP) les données relatives aux entreprises bénéficiaires du fonds de solidarité comprenant les montants attribués ainsi que la date d’attribution.

Un croisement avec la base des immatriculations des entreprises de l’INSEE (base SIRENE) nous a permis de connaître pour chacune le secteur d’activité et la localisation géographique, informations agrégées à la maille départementale et régionale. Une étape facilitée par le travail que nous menons depuis des années avec les administrations dans l’ouverture de leurs données puisque cette base était déjà disponible en open data sur data.gouv.fr.

Qu’avez-vous fait à partir de ces données ?

R.T. – Notre data engineer les a ensuite complétées grâce à l’API Entreprise qui permet de récupérer les infos des entreprises retirées à leur demande de la base SIRENE disponible en open data. Il a structuré et nettoyé l’ensemble des données récoltées pour faciliter leur visualisation.

Restait à rendre ces données simples et agréables à consulter par tous. C’est là qu’intervient notre développeur frontend, qui a conçu le graphisme, l’UX, les modes de visualisation et enfin le code de l’outil final. De son côté notre directeur technique a bâti l’infrastructure technique globale permettant d’assurer l’hébergement ainsi que la résilience du produit.
"""

TEXTS["fr02_dataconnexions_6_palmares.txt"] = """Dataconnexions 6 : le palmarès !

3 février 2016

49 projets candidats, 14 finalistes… et 5 lauréats. Le verdict est tombé hier mardi 2 février 2016, lors de la grande finale organisée à Toulouse, en présence de Clotilde Valter, secrétaire d’État à la Réforme de l’État et à la Simplification. Découvrez les grands gagnants de cette 6e édition du concours Dataconnexions, piloté par Etalab, qui récompense les réutilisations de données publiques les plus innovantes.

L’impact des données au cœur de Dataconnexions 6

A travers les réutilisations qui en sont faites, par les administrations ou la société civile, les données publiques ont un impact concret. Un impact démocratique, un impact social et environnemental, un impact économique et scientifique, mais aussi un impact administratif et territorial.

C’est cet impact qui était au cœur de la 6e édition du concours Dataconnexions 6, organisé par Etalab, la mission chargée de l’ouverture des données publiques au sein du secrétariat général pour la modernisation de l’action publique (SGMAP).

A l’issue de trois mois de compétition, le jury vient de dévoiler les lauréats, le 2 février à Toulouse, lors d’une grande finale menée en partenariat avec Toulouse Métropole. Une journée émaillée d’échanges et d’interventions autour de l’open data, en présence de Clotilde Valter, secrétaire d’État à la Réforme de l’État et à la Simplification.

« Une incidence sur la vie quotidienne de tous »

Les 14 finalistes, sélectionnés pour la plupart par les votes du public sur data.gouv.fr, sont venus présenter leur projet devant le jury composé de personnalités de l’écosystème numérique et présidé par Paul Duan (photo, au micro), fondateur de Bayes Impact.

« Les projets que nous avons découverts sont des produits complets au service de l'humain, s’est-il réjoui. Ils utilisent les données publiques comme un moyen et non pas comme une fin en soi. »

Concrètement, quels sont les impacts des projets lauréats ? Ils sont multiples : une plateforme collaborative permet d’analyser collectivement les décisions de justice ; un service en ligne géolocalise des « anges-gardiens » prêts à venir en aide aux plus démunis ; un outil rend accessibles des sets de données géographiques complets et réutilisables librement ; une application mobile facilite les échanges entre citoyens et collectivités autour de projets d’aménagement ; et enfin un moteur de recherche permet de trouver un rendez-vous pour sa demande de passeport au créneau qui convient.

« Le concours Dataconnexions montre que l'open data a une incidence sur la vie quotidienne de tous », note ainsi Laure Lucchesi, cheffe de la mission Etalab.

Les lauréats Dataconnexions 6

Catégorie Impact démocratique

Projets destinés à renforcer la transparence et la participation dans une logique de co-production pour un gouvernement ouvert

Juris’commenté, par Elsa Fabre et Gregory Combe

Juris’commenté est une plateforme collaborative qui rend une partie du droit accessible à tous, la jurisprudence, en enrichissant collectivement l'analyse des décisions de justice. La participation d'une large communauté de professionnels du droit permet de générer de l'intelligence collective. La synergie et la richesse des différents points de vue ont pour effet de créer un contenu réutilisable et en amélioration constante. La lecture est accessible à tous mais, pour plus d'efficacité, la majeure partie de la participation est réservée aux professionnels du droit.

L’avis du jury : « Considérant que nul n’est censé ignorer la loi, et que cette loi est censée être mise à disposition du plus grand nombre et de manière transparente, nous avons choisi de primer Juris' commenté. En effet, le projet coche toutes les cases : d’une part, il libère une donnée ô combien importante qui permet de garantir l’égalité de tous face à la loi, et d’autre part il apporte de l’intelligence collective sur un sujet complexe. »
"""

TEXTS["fr03_demarches_simplifiees_six_mois.txt"] = """6 MOIS APRÈS SON LANCEMENT, DEMARCHES-SIMPLIFIEES.FR SUR LA VOIE DE LA RÉUSSITE

3 septembre 2018

Créer une démarche en ligne en un temps record et sans frais. C’est possible depuis le 1er mars dernier, grâce à demarches-simplifiees.fr, la plateforme de dématérialisation destinée aux administrations lancée par le secrétaire d’État auprès du Premier ministre, chargé du Numérique, Mounir Mahjoubi avec un objectif clair : offrir aux administrations un service clé en main pour numériser des démarches administratives et ainsi s’affranchir des formulaires papiers.

Accélérer la transformation numérique de la France

À la clé, une promesse du gouvernement : offrir aux citoyens la possibilité d’effectuer l’ensemble de leurs démarches administratives en ligne, d’ici la fin du quinquennat.

Conçu et hébergé par la direction interministérielle du numérique et du système d’information de l’État (DINSIC), demarches-simplifiees.fr, permet aux administrations utilisatrices de dématérialiser des démarches administratives à faible et moyen volume. Inscription à la cantine, attestation d'accessibilité d'un établissement recevant du public ou encore inscription au permis de conduire… 5 000 agents l’utilisent aujourd’hui pour instruire leurs procédures.

Le principe ? Après avoir créé un compte, un agent peut créer un formulaire en quelques heures, sans compétence informatique particulière. Les dossiers sont ensuite traités et instruits via la plateforme. Plusieurs agents peuvent être associés au traitement d’une demande selon une approche collaborative. L’usager est en relation permanente avec les agents traitant son dossier grâce à une messagerie intégrée.

Une progression constante

6 mois après son lancement, le kit de de dématérialisation porte ses fruits : sur un objectif annoncé par Mounir Mahjoubi de 500 avant la fin de l’année, plus de 350 démarches sont aujourd’hui actives sur demarches-simplifiees.fr. Au 31 août 2018, on dénombre près de 50 000 dossiers déposés et instruits grâce à demarches-simplifiees.fr, des chiffres qui traduisent l’impact de la plateforme sur l’organisation des services et la simplification de la relation usager/administration.

Un outil plébiscité par les administrations

Les ministères en sont les principaux utilisateurs, en particulier leurs services déconcentrés (284 démarches dématérialisées depuis le 1er mars 2018), suivis des collectivités locales (une soixantaine de démarches). Plus de 550 organismes adhèrent aujourd’hui à demarches-simplifiees.fr. D’après une évaluation de satisfaction auprès d’un échantillon de 300 personnes, 75% des utilisateurs de la plateforme se déclarent satisfaits du service. Le délai moyen de réponse aux utilisateurs par l’équipe support est de moins de 12 heures.

Grâce à demarches-simplifiees.fr, nous avons considérablement réduit le temps de traitement des dossiers, les usagers sont très contents, tout comme les services préfectoraux. Grâce à l’outil, nous sommes en mesure de traiter une centaine de dossiers par jour.

Christelle Gigault, adjointe aux délégués de l'éducation routière, Conseil départemental des Yvelines.

La prise en main s’est faite de manière très fluide, même si je ne suis pas une geek. L’équipe a été très réactive et pédagogue pour m’orienter et répondre à toutes mes questions tout au long de la création de ma procédure. Avec l’aval de ma direction, j’ai pu dématérialiser ma procédure sans dépendre de ma DSI. Cela m’a permis un gain de temps important dans l’instruction des dossiers.

Muriel Bégo, Direccte Val de Loire.

Prochaine étape du déploiement de demarches-simplifiees.fr : l’équipe entamera fin septembre un tour de France des régions pour aller à la rencontre des agents sur le terrain, recueillir leurs besoins, partager les bonnes pratiques mais aussi les former à l’utilisation de la plateforme.
"""

TEXTS["fr04_france_transfert_lancement.txt"] = """France transfert : l’État lance un service interministériel d’envoi de fichiers volumineux, simple et sécurisé.

12 avril 2022

Garantir l’envoi de fichiers volumineux de manière simple et sécurisée, entre agents de l’État ou avec des interlocuteurs extérieurs, c’est la promesse de France transfert lancé aujourd’hui pour tous les ministères. L’État enrichit ainsi la suite du sac à dos numérique de l’agent public (SNAP) permettant à ses agents d’accéder à des outils numériques performants, sécurisés, accessibles à distance et répondant aux nouveaux usages professionnels collaboratifs. Conçu et opéré par le ministère de la Culture en collaboration avec la direction interministérielle du numérique (DINUM), France transfert est désormais mis à la disposition de l’ensemble des agents de l’État par le ministère de la Transformation et de la Fonction publiques.

Proposé aux agents de l’État, aux usagers, aux partenaires ou aux prestataires extérieurs (issus des secteurs publics, privés ou associatifs), France transfert est accessible en ligne pour des échanges de fichiers avec des agents de l’État. Ce service interministériel offre la possibilité de partager des fichiers non sensibles et volumineux avec un maximum de 100 destinataires, sans nécessité de connexion à un compte, garantissant un envoi simple et rapide. Parmi les autres fonctionnalités : la personnalisation de la durée d’activation du lien du pli ou encore la possibilité de récupérer des fichiers grâce à un lien ou par email. La solution est hébergée sur une offre de cloud français bénéficiant de la qualification « SecNumCloud » de l’ANSSI, proposée dans le cadre de la stratégie Cloud au centre de l’État.

Depuis son lancement en version bêta en 2021, un grand nombre d’usagers ont fait part de leurs retours permettant d’améliorer cette solution, d’aboutir à son homologation conforme au référentiel général de sécurité (RGS) et de lancer son déploiement interministériel aujourd’hui. Parmi les principales évolutions réalisées depuis l’expérimentation figure la possibilité d’ajouter ou de supprimer des destinataires pendant la période de validité de l’envoi ou encore la sécurisation de l’envoi du fichier par un mot de passe. D’autres évolutions sont en cours pour améliorer cette solution.

Les premiers travaux portant sur France transfert ont été initiés en juillet 2020 suite à la nécessité pour les directions régionales des affaires culturelles d’échanger de manière plus simple et sécurisée avec leurs interlocuteurs externes pour le partage de documents volumineux tels que des plans ou des documents d’architecture. La direction du numérique du ministère de la Culture a ainsi engagé des travaux dans l’objectif de créer un service répondant à ce besoin et aux enjeux de sécurité de l’État, dans l’optique de le déployer ensuite en interministériel avec la DINUM.

Lauréat de France Relance dans le cadre du guichet « Développer des outils de communication et de collaboration pour les agents » opéré par la DINUM, il a bénéficié d’un soutien financier représentant plus de 70% du coût total du projet assurant notamment la création de contenu pédagogique et son déploiement auprès des agents de l’État.
"""

TEXTS["fr05_panorama_grands_projets_9e_edition.txt"] = """9e édition du panorama : 47 projets numériques de l’État passés en revue

7 novembre 2019

La 9e édition du panorama des grands projets du système d’information de l’État passe au crible 47 projets, représentant un budget prévisionnel global de 1,58 milliard d’euros.

Dans le cadre de ses missions de sécurisation des projets numériques d’importance majeure, la direction interministérielle du numérique (DINUM – anciennement DINSIC), publie une nouvelle édition du panorama des grands projets SI de l’État.

Comme toujours, ce panorama inclut en priorité les projets présentant un impact métier, un degré de complexité ou un enjeu financier particulièrement importants, notamment dont le coût estimé global dépasse 9 M€ (incluant deux années de maintenance).

Cette 9e édition passe en revue 47 projets, dont 12 à portée interministérielle, pour un budget global prévisionnel de 1,58 milliard d’euros.

Vous pouvez également consulter l’ensemble des données de cette édition et des précédentes en open data sur la plateforme data.gouv.fr

RenoiRH sort du panorama

Quatre projets sont terminés et sortent du panorama. Parmi ceux-ci, le projet RenoiRH, qui offre une solution SIRH mutualisée pour tous les ministères qui le souhaitent. Porté par le ministère de l'Économie et des Finances, RenoiRH permet d’ores et déjà d’assurer la gestion administrative de quelque 60 000 agents issus de quatre ministères et administrations, et sera prochainement étendu à 130 000 agents supplémentaires.

Les projets entrants

Quatre nouveaux projets font leur apparition dans le panorama, comme le ciblage de la fraude par la valorisation des requêtes (CFVR), piloté par la direction générale des finances publiques (DGFiP). Utilisant l’intelligence artificielle et le datamining, ce dispositif modélise les comportements frauduleux pour permettre de les détecter automatiquement, et ainsi mieux cibler les contrôles et lutter contre la fraude.

La modernisation du système d’information de l’éducation routière et du permis de conduire (ERPC) est également suivie à partir de cette édition. Répondant aux enjeux stratégiques fixés par le délégué à la Sécurité routière, ce projet va permettre de faciliter l’application de la nouvelle loi sur le permis de conduire, tout en modernisant le socle.

Autre projet entrant : numérique en détention (NED), l’un des chantiers phares de l’administration pénitentiaire, mené dans le cadre de la transformation numérique du ministère de la Justice. Grâce à des portails et des applications dédiés aux différents publics, il a pour but de rendre la personne détenue et ses proches plus autonomes dans la gestion de certains aspects de la vie en détention. Ce qui aura également comme impact de décharger le personnel pénitentiaire de certaines tâches chronophages ou administratives.

Une nouvelle offre de conseil de la DINUM

Depuis sa création, ce panorama permet à la DINUM de suivre de près les évolutions des grands SI de l’État, d’en détecter les éventuelles dérives et de proposer le cas échéant des actions correctives. Dans le cadre de TECH.GOUV, le programme d’accélération de la transformation numérique du service public, la DINUM va désormais plus loin en proposant à l’ensemble des ministères une offre de conseil en cadrage et pilotage de projets SI. Objectif : les accompagner le plus en amont possible, et pendant la mise en œuvre en cas de points de difficultés, afin d’anticiper et de limiter plus encore les risques de dérives.

Vous êtes directeur d’administration ou chef de service, et votre équipe est amenée à conduire un projet numérique ? Vous pouvez contacter la direction de la DINUM par courriel en précisant le contexte de votre demande et votre besoin. Un expert prendra contact avec vous afin de définir le dispositif d’appui le plus pertinent.
"""

TEXTS["fr06_barometre_numerique_agent_2022.txt"] = """Baromètre numérique de l’agent 2022 : des attentes croissantes des agents de l’État dans un contexte de profonde transformation des modes de travail

26 octobre 2022

La DINUM publie les résultats de l’édition 2022 du baromètre numérique de l’agent, l’enquête qui recueille l’avis des agents de l’État sur leur environnement numérique de travail.

Les directions du numérique ministérielles (DNUM) sont soucieuses de fournir à leurs agents un environnement de travail numérique de qualité, à la hauteur de leurs attentes. Pour cela, elles souhaitent mieux capter l’avis des agents.

Ainsi, pour la quatrième année consécutive, la direction interministérielle du numérique (DINUM) et ces directions du numérique ministérielles (DNUM) ont sondé les agents de l’État pour connaître leur avis et niveau de satisfaction quant à leurs outils de travail numériques et aux services associés.

Mené en mars 2022, ce baromètre numérique de l’agent (BNA) a été ouvert aux agents des 16 administrations centrales et déconcentrées de l’État, hors enseignement. La consultation a porté sur quatre thématiques :

- l’équipement,
- les outils et applications,
- la connectivité,
- le support et la formation.

En 2022, le nombre de participants au BNA est en hausse avec 128 595 réponses, soit un taux de réponse de 18,4%. Les résultats reflètent les mutations introduites par la crise sanitaire dans les habitudes de travail des agents et dans l’utilisation qu’ils font de leur environnement numérique de travail.

Comme chaque année, les résultats de cette 4e édition du BNA viennent alimenter la réflexion des ministères quant à leurs actions en la matière. Ils contribuent à conforter des actions déjà engagées, qui vont se poursuivre, ou donnent de précieuses indications pour les ajuster ou en ajouter de nouvelles, et ainsi répondre toujours mieux aux besoins et attentes de leurs agents.

Les résultats de cette édition révèlent la nécessité de maintenir les efforts puisque l’on constate une baisse légère du taux de satisfaction globale (5,9/10 contre 6,1 en 2021), notamment au sein des services déconcentrés.

Le télétravail s’inscrit comme une tendance de fond parmi les agents publics

En 2022, plus d’un agent sur deux (53%) déclare pratiquer le télétravail indépendamment du contexte sanitaire, soit 8 points de plus qu’en 2021. Cet ancrage du télétravail dans les habitudes des agents est à mettre en regard d’exigences nouvelles quant à l’environnement numérique de travail.

Plus de trois agents sur quatre (77%) estiment que leur environnement numérique leur permet de travailler à distance, dont 35,7% complètement et 41,5% partiellement. On observe une augmentation de 2 points de la part d’agents équipés d’un ordinateur portable (72,4%) et une augmentation de 10 points de la part d’agents équipés d’un smartphone (37%).

L’évolution des habitudes de travail des agents engendre des attentes accrues en matière d’équipements et d’outils numériques

La satisfaction vis-à-vis de l’équipement informatique des agents enregistre une baisse, avec 71% des agents qui s’en déclarent satisfaits (-5 points). Ceci s’explique en partie par des attentes plus fortes de la part d’agents désormais habitués à travailler à distance, particulièrement pour les 59% d’agents en situation dite « nomade ».

Le travail à distance suscite de plus grandes exigences en matière d’outils et applications collaboratifs et bureautiques. La satisfaction sur cette composante est de 69% (-3 points). Cela souligne l’importance de valoriser et renforcer l’offre de formation proposée par les ministères. En effet, près d’un agent sur deux exprime le besoin d’être formé en priorité sur l’utilisation des applications (46% pour les outils bureautiques, 33% pour les outils collaboratifs). Les agents connaissent encore assez peu les outils collaboratifs interministériels, particulièrement utiles en situation de télétravail, ce qui encourage à davantage d’actions de communication et de formation pour les promouvoir.

Le plan de relance offre de nouvelles opportunités d’amélioration

Le volet Transformation numérique de l’État du plan France Relance apporte une réponse aux constats et besoins relevés à travers le baromètre numérique de l’agent.
"""

TEXTS["fr07_eig_50_talents_numerique.txt"] = """Entrepreneurs d'intérêt général : l’État recrute 50 talents du numérique pour accélérer sa transformation !

1er mars 2021

Transformer l’administration de l’intérieur à l’aide du numérique et des données, c’est la promesse du programme Entrepreneurs d’intérêt général (EIG) qui lance dès aujourd’hui son appel à candidatures. L’État appelle ainsi les talents du numérique, désireux de placer leurs compétences au service du plus grand nombre, à se faire connaître dès maintenant, jusqu’à 50 postes sont à pourvoir.

Développeuses, développeurs, data scientists, designers et juristes du numérique, ayant une appétence pour les données et un grand sens de l’intérêt général, sont invités à candidater en ligne dès aujourd’hui. Parmi les critères de sélection : leurs compétences techniques, leur esprit d’initiative leur capacité à s’adapter (travail en équipe, rapidité d’exécution…) et leur engouement pour améliorer l’action publique et la vie des citoyens.

Les candidats présélectionnés choisiront par ordre d’importance les défis qu’ils souhaitent relever pendant 10 mois. Après un entretien, les candidats retenus intégreront en septembre 2021, par équipes pluridisciplinaires de 2 ou 3, leurs administrations d’accueil respectives pour y travailler en étroite collaboration avec des agents publics issus de celles-ci et bénéficieront toute l’année de l’accompagnement de l’équipe EIG d’Etalab. L'immersion de 10 mois revêt un double objectif : concevoir une solution viable permettant de répondre aux problèmes de politiques publiques tout en diffusant des approches innovantes et ouvertes. Les candidatures retenues déboucheront sur des contrats à durée déterminée, rémunérés 3 500 ou 4 000€ nets par mois selon l’expérience.

S’inscrire aux webinaires de présentation le 15 mars et le 30 mars 2021

Pour cette cinquième promotion, le programme EIG s’enrichit de l’expérience acquise et s’ouvre aux profils de juristes du numérique et aux géomaticiens. Il bénéficiera également d’un processus de recrutement affiné, qui optimisera les échanges entre les candidats présélectionnés et les administrations porteuses de projets.

Le programme EIG est porté par le département Etalab de la direction interministérielle du numérique (DINUM) sous l’égide d’Amélie de Montchalin, ministre de la Transformation et de la Fonction publiques.
"""

TEXTS["fr08_dataconnexions_4_palmares.txt"] = """Concours Dataconnexions#4 : le palmarès des lauréats

5 décembre 2013

Le concours Dataconnexions#4, qui s'est tenu le 4 décembre dernier en présence de Fleur Pellerin, ministère déléguée en charge de l'économie numérique, a mis à l’honneur les acteurs de l’open data et désigné huit lauréats. Objectif de ce concours : récompenser des projets novateurs développés grâce à l’utilisation des données publiques. Pour cette 4e édition, le jury, présidé par Frédéric Mazzella, président-fondateur de Blablacar,  décernait les prix dans six catégories : Évasion, Territoire, Utilité publique, Service de proximité, Professionnel et Grand public. Dans chaque catégorie, des projets innovants, originaux à découvrir, à suivre ou à soutenir !

Prix Spécial Evasion : Guido et Vamos a La Playa

Sur la route, Guido accompagne les voyageurs sur toutes les autoroutes et donne des infos sur les paysages, les villes et les endroits pour s’arrêter. Ou à la plage, Vamos a La Playa est l’outil en ligne et collaboratif pour trouver la meilleure plage adaptée aux souhaits des vacanciers.

Prix Spécial Territoire : Cute GIS et Métanol

Pour créer et partager en quelques clics des cartes personnalisées CuteGIS est la plateforme Open Source à utiliser cutegis.fr. Métanol accompagne les collectivités et services de l'État qui ouvrent et partagent leurs données  et favorise la rencontre des ces données avec leurs communautés.

Prix Utilité Publique : Open Meteo Forecast

Pour les sportifs, les vacanciers, les restaurateurs ou tous ceux pour qui le temps a de l’importance : Open Météo Forecast fournit des prévisions affinées, jusqu’aux effets météo locaux, à partir de données atmosphériques ou géographiques.

Prix Grand Public : Open Food Facts

Open Food Facts vous permet de décrypter et comparer les étiquettes de produit alimentaire : vous pouvez enfin savoir ce que vous mangez !

Prix Services de proximité : Calendeev

Calendeev  est un agenda personnalisé qui propose en temps réel les meilleures sorties afin qu’aucun de vos événements favoris ne vous échappe.

Prix Professionnel :  Le veilleur.fr

Le-veilleur.fr simplifie l’accès à la commande publique pour les entreprises, en rendant les opportunités commerciales visibles et accessibles à tous.

Au cours de cette cérémonie clôturée par Fleur Pellerin, ministre déléguée chargée des PME, de l’innovation et de l’économie numérique, le gouvernement met en avant les innovations liées à l’open data. Etalab, mission chargée de l’ouverture des données publiques au sein du Secrétariat général pour la modernisation de l’action publique organise les concours Dataconnexion et récompense ainsi les créateurs de projets et partage avec eux les ambitions de l’open data.
"""

TEXTS["fr09_france_2030_strategie_cloud.txt"] = """France 2030 : la stratégie nationale cloud s’enrichit d’un nouvel appel à projets

22 mars 2024

Marina Ferrari, Secrétaire d’Etat chargée du Numérique auprès de Bruno Le Maire, ministre de l'Économie, des Finances et de la Souveraineté industrielle et numérique, annonce, en lien avec Bruno Bonnell, Secrétaire général pour l’Investissement, en charge de France 2030, trois dispositifs pour renforcer l’offre française et européenne de services cloud au profit de la souveraineté numérique et de l’IA : la participation de 27 nouvelles startups et PME au dispositif d’accompagnement des éditeurs cloud à la sécurisation et à la qualification SecNumCloud, le coup d’envoi du PIIEC Cloud et la publication de l’appel à projets « Renforcement de l’offre de services cloud ».

L’essor du cloud est le fondement de notre économie numérique et le développement d’une offre française et européenne revêt un double enjeu de souveraineté numérique et de compétitivité économique.

La stratégie nationale pour le cloud s’articule depuis 2021 autour de trois piliers :
- la mise en place du visa de sécurité SecNumCloud opéré par l’ Agence nationale de la sécurité des systèmes d’information (ANSSI) qui vise à identifier et donner davantage de visibilité aux offres dites « cloud de confiance » ;
- la doctrine « Cloud au centre » portée par la Direction interministérielle du numérique (DINUM) dont l’objectif est de promouvoir l’utilisation du cloud par les administrations ;
- le soutien à l’innovation dans le cadre de la stratégie cloud de France 2030, coordonnée  par la Direction générale des Entreprises (DGE), afin de permettre le développement de  l’écosystème français de fournisseurs de services Cloud

Ces actions sont complétées par un effort constant de l’Etat en faveur de l’ouverture concurrentielle du marché cloud, aux niveaux européen (règlement sur les marchés numériques, règlement sur la gouvernance des données, règlement européen sur les données) et français (projet de loi Sécuriser et réguler l’espace numérique), ainsi que par des démarches de structuration de l’écosystème, à l’échelon européen (Gaia-X) comme national (Comité stratégique de filière « solutions numériques de confiance » en cours de préfiguration).

Les dispositifs de soutien mis en place depuis 2021 grâce à France 2030 ont permis de structurer l’écosystème français autour de ces enjeux et de soutenir de premiers projets prometteurs.

En l’espace de trois ans, un grand nombre d’actions ont été accomplies :
- un appel à manifestation d’intérêt (AMI) a permis de faire émerger et de soutenir 18 projets sur toutes les thématiques du continuum cloud-edge (131 M€ de soutien public pour 208 M€ d’investissement total) ;
- 3 projets de suites collaboratives cloud ont été soutenus (Wimi, Jamesppt et Interstis, pour un montant total de 23 M€) dans leur passage à l’échelle ;
- au niveau européen, le PIIEC Cloud, lancé et porté par la France et l’Allemagne en tant que co-coordinateurs, avec 3 grands projets français portés par Orange, Atos et Amadeus accompagnés de laboratoires et de PME, a été lancé hier 21 mars à Bruxelles ;
- 27 nouvelles entreprises ont été sélectionnées pour le dispositif d’accompagnement des éditeurs cloud à la sécurisation et à la qualification au visa de sécurité SecNumCloud,portant à 48 le nombre total de startups et PME accompagnées dans leur montée en compétence cyber et le budget mobilisé à 9 M€ ; ce dispositif vise d’une part à élever le niveau de sécurité des offres SaaS (Software as a Service) ou PaaS (Platform as a Service) développées par des start-ups et PME et d’autre part, à faciliter l’accès à la qualification  afin d’accroître la diversité d’offres SecNumCloud.

A l’occasion des Journées numériques de Strasbourg organisées par le CIGREF et Numeum, un nouvel élan est donné pour aller encore plus loin dans le développement de l’offre française et européenne de services cloud avec le lancement d’un nouvel appel à projets de France 2030, opéré pour le compte de l’Etat par Bpifrance. Cet appel à projets incite les entreprises qui souhaitent proposer une offre de cloud et d’IA répondant aux besoins spécifiques de l’État, à candidater à l’appel à projets dès maintenant (voir lien ci-dessous).
"""

TEXTS["fr10_hackathon_declaration_sociale_nominative.txt"] = """Données sociales : l’État dévoile les résultats du hackathon des données de la déclaration sociale nominative avec 16 cas d'usages à impact présentés dont 3 lauréats  visant la simplification et l'efficacité de l'action de l’État grâce à des données

15 mai 2024

Mesurer l’insertion professionnelle des diplômés, éclairer le marché caché de l’emploi en identifiant les entreprises susceptibles de recruter en alternance, cibler le contrôle et l’accompagnement des entreprises dans le respect des dispositions prévues par le code du Travail, analyser les parcours en emploi des bénéficiaires de dispositifs de politiques publiques… tels sont des exemples de cas d’usages s’appuyant sur les données de la déclaration sociale nominative lesquelles viennent d’être exploitées lors d’un hackathon organisé par le département Etalab de la direction interministérielle du numérique (DINUM) avec la direction du numérique du ministère du Travail, de la Santé et des Solidarités, le groupement d’intérêt public modernisation des déclarations sociales (GIP-MDS), ainsi que la mission interministérielle de pilotage de la collecte et de l’usage des données sociales (MIDS).

Après 2 jours d’un hackathon qui vient de prendre fin, l’objectif poursuivi par les 100 participants, professionnels du numérique, experts des données, était de mieux calibrer les politiques publiques d’emploi, d’insertion professionnelle, de protection sociale et, in fine, améliorer la vie des citoyens, des entreprises et des agents publics, et pour simplifier les démarches administratives via l’automatisation de certains processus.

Créée en 2012 dans l’objectif de simplifier la communication par les employeurs des informations nécessaires à la gestion de la protection sociale de leurs salariés, la déclaration sociale nominative comprend désormais près de 40 millions de déclarations transmises par an à l’État par plus de 2 millions d’employeurs publics et privés en France. Ces dernières contiennent des informations sur chacun de leurs salariés concernant leurs contrats, leurs statuts, leurs lieux de travail, leurs rémunérations et leurs arrêts de travail. Ce processus déclaratif remplace près de 75 formalités déclaratives en un flux unique de données pour l’ensemble des organismes sociaux (Urssaf, France travail, Cnam, Cnaf, etc.) et son périmètre a été progressivement étendu en 2017 à la totalité des entreprises du secteur privé puis en 2022 à l’ensemble du secteur public.

Sous-utilisées en raison de leur grande sensibilité (données à caractère personnel, qualité de travailleur handicapé, perception d’indemnités journalières, etc.), et représentant 2 milliards de lignes de données pseudonymisées selon des règles strictes pour le hackathon, ces données sont un gisement d’informations pouvant permettre de développer et de consolider de nombreux services d’intérêt majeur pour les citoyens, les entreprises et les agents publics et d’améliorer le pilotage des politiques publiques dans le champ travail-emploi-formation.

Les projets les plus prometteurs pourront bénéficier de l’expertise de la DINUM à travers l’incubateur de services numériques beta.gouv.fr ou un soutien financier via le Guichet de financement exploitation et valorisation des données dans le cadre du Fonds pour la transformation de l’action publique.

« Accélérer les politiques publiques grâce au numérique devient un pilier central dans la manière dont nous conduisons et modernisons l’action publique, en particulier grâce à la circulation des données pour piloter nos politiques publiques et améliorer le service à la mesure plus fine de l’atteinte des objectifs. Les agents publics de terrain ont un rôle essentiel à jouer pour accompagner l’innovation dans le numérique et je me réjouis de leur mobilisation. »

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques.

Composition du jury, experts issus de l'État, de ses opérateurs et de la société civile :
- Stéphanie Schaer, directrice interministérielle du numérique ;
- Anne Jeanjean, directrice du numérique du ministère du Travail, de la Santé et des Solidarités ;
- Elisabeth Humbert-Bottin, directrice du Groupement d’intérêt public Modernisation des Déclarations Sociales GIP-MDS Net-entreprises.fr ;
- Alain Clot, président de France FinTech ;
- Ghislain de Fontenay, co-fondateur et CTO de PayFit ;
- Damien Ientile, directeur de l'Urssaf Caisse nationale ;
- Matthieu Teachout, directeur du programme « Gouvernance et pilotage » de France Travail.
"""

TEXTS["fr11_dcant_premiere_annee.txt"] = """Administration numérique dans les territoires : retour sur la première année du programme DCANT

28 février 2017

Un an après son lancement officiel, le programme de développement concerté de l’administration numérique territoriale (DCANT), piloté par le SGMAP, fait un premier bilan d’étape.

Voilà un peu plus d’un an, Etat et collectivités lançaient le programme de développement concerté de l’administration numérique territoriale (DCANT), et en fixaient la feuille de route, sur deux ans.

Après un an de mise en œuvre, à mi-parcours, l’heure est au premier bilan. Fin septembre dernier, la commission d’orientation stratégique (COS) a ainsi permis de dresser un bilan des travaux et d’orienter ceux des mois à venir. Réunissant les directeurs généraux d’associations d’élus, les représentants d’administrations centrales, ceux des structures de coopération territoriale et des organismes engagés dans l’élaboration et la mise en œuvre du programme, cette COS a également été l’occasion de réaffirmer l’engagement de l’Etat en faveur de la transformation numérique de l’action publique et sa volonté de la conduire en concertation avec les collectivités territoriales, sur un ensemble de recommandations opérationnelles.

France Connect agent, dématérialisation des marchés publics, archivage électronique... : Les avancées 2016

Les partenaires, Etat ou collectivités, ont porté au cours de cette première année de mise en œuvre d’importantes réalisations.

A la suite de l'appel à projets du programme d'investissements d'avenir (PIA) « Identité numérique », le ministère de l’Intérieur et le SGMAP ont lancé, en septembre 2016, une expérimentation afin d’étudier la faisabilité d’un FranceConnect Agent. L’objectif : décliner l’actuel FranceConnect, le dispositif d’identification et d’authentification en ligne de l’administration, en une version dédiée aux agents de la fonction publique et aux élus locaux.

Concernant la télétransmission des actes au contrôle de légalité, une nouvelle version de la convention-type a été produite dans le cadre du programme @ctes afin de supprimer les obstacles à la transmission de certains actes au contrôle de légalité.

15 partenaires ont lancé, en janvier 2016, une préfiguration nationale en vue de la dématérialisation, de bout en bout, des marchés publics. Cette phase vise à déterminer de manière opérationnelle les conditions techniques, organisationnelles et financières de la collecte et de la publication des données des marchés.

En matière d’archivage électronique, des travaux menés avec les associations de collectivités ont permis de préparer une étude sur les conditions de portage, de financement et de mise en œuvre de systèmes d’archivage électronique territoriaux afin d’en favoriser le développement dans les territoires.

La mobilisation des acteurs à l'origine du programme

Piloté par le secrétariat général pour la modernisation de l’action publique (SGMAP), le programme de développement concerté de l’administration numérique territoriale (DcANT) découle de la création, en 2011, d’une instance nationale partenariale (INP) portée par l’Etat et les collectivités territoriales et elle-même animée par le SGMAP. Initialement dédiée à l’information des associations, elle est aujourd’hui devenue un lieu d’échange et de coconstruction autour des sujets numériques. L’INP entrant dans une logique opérationnelle, elle s’est engagée dès 2014 dans la construction partagée du programme DCANT. Celui-ci a pour objectif, dans une logique de mutualisation des initiatives, de faire converger la stratégie de l’Etat en faveur de la transformation numérique (Etat Plateforme, gouvernement ouvert, open data, simplification…) et les stratégies des collectivités territoriales de transition numérique.

Les échanges se multiplient

Les échanges au sein de l’instance nationale partenariale se sont poursuivis pour recueillir remarques et points d’attention du secteur public local. Si un nombre de plus en plus important de ces projets font l’objet d’un temps d’échange au sein de l’INP, cette démarche n’est pas encore généralisée pour l’ensemble des ministères.

Au cours de l’année 2016, associations de collectivités territoriales et ministères porteurs ont notamment échangé dans le cadre de l’INP, sur :
- le référentiel général d'interopérabilité (RGI) et son projet d’arrêté d’application ;
- le projet de décret d’application de la loi relative à la liberté de la création, à l’architecture et au patrimoine ;
- les projets d’arrêtés relatifs aux fonctionnalités et exigences minimales des profils d’acheteur et à la publication des données essentielles des marchés publics en application de la réforme du droit de la commande publique ;
- les perspectives d’application réglementaire de la loi Modernisation de la justice du 21e siècle.
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
