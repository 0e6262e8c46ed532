#!/usr/bin/env python3
"""Write fresh81/texts: 12 French news items and communiqués of the SGMAP/DINSIC/DINUM (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file at the commit its
find_files listing gave (SOURCES below) and the plain text was transcribed from that reading into TEXTS
below by hand (no program read the raw Markdown; this script only writes the result), with these rules
(the same as fresh76's and fresh78's):

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ',
  a "\\n" escape inside a double-quoted title joined with the preceding space); blank line; dateline =
  the front matter's `date`, written "24 septembre 2014" ("1er septembre 2020"); blank line; body.
- the front matter's `chapeau-text` (the lead shown on the site above the body) is the first body
  paragraph; other front-matter fields (images, files, press contacts, tags) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote/box marks, "<br>", "{: ...}" markers, HTML tags (the words of an HTML box kept, "<li>" items
  written "- text"), iframes, figures and images dropped; a link "[text](address)" keeps its text; a
  line that is only a link, an image link or a button ("Lire aussi ...", "Consulter ...", "En savoir plus
  ...", "Découvrir les défis - ...", "Retrouvez ...") is dropped; list items "* text" written "- text";
  a newline inside a sentence (hard wrap) is joined with one space, a newline after a sentence end
  becomes a paragraph break; trailing spaces dropped; double spaces inside lines kept as in the source.
- cuts (all at a paragraph end, the rest dropped) and other omissions: see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_administrateur_general_donnees_verdier.txt": (
        "_actualites/administrateur-general-des-donnees-rencontre-avec-henri-verdier.markdown",
        "3b31f62c4df1ed318d612253e4382c01ec42522e"),
    "fr02_eig_premiere_promotion_bilan.txt": (
        "_actualites/10-mois-plus-tard-decouvrez-comment-les-1ers-entrepreneurs-dot-e-s-dinteret-general-ont-releve-leurs-defis.markdown",
        "d0666a2197eb314972a7d31b8cea511b466beab8"),
    "fr03_politique_contribution_logiciels_libres.txt": (
        "_communiques/la-dinsic-se-mobilise-pour-la-reussite-de-louverture-des-logiciels-publics-publication-de-la-politique-de-contribution-de-letat-aux-logiciels-libres.markdown",
        "16bfb59478528b4fb0c908bc850c1d9827b4a878"),
    "fr04_strategie_cloud_etat_2018.txt": (
        "_communiques/le-gouvernement-annonce-sa-strategie-en-matiere-de-cloud.markdown",
        "201b88a6e15006fb58fdac8581cfe9356008d0be"),
    "fr05_panorama_grands_projets_5e_edition.txt": (
        "_communiques/5eme-edition-du-panorama-des-grands-projets-si-de-letat-61-chantiers-informatiques-a-la-loupe.markdown",
        "f641481a2c233d86d33da0219516af908b61ded6"),
    "fr06_eig_commando_ux_70_talents.txt": (
        "_communiques/entrepreneurs-dinteret-general-et-commando-ux-pres-de-70-nouveaux-talents-du-numerique-integrent-ladministration-a-partir-daujourdhui.markdown",
        "8e28c2396be3b6e1ac12f30244051275039f2875"),
    "fr07_ouverture_donnees_63_jeux.txt": (
        "_communiques/le-gouvernement-poursuit-son-engagement-pour-une-politique-ambitieuse-douverture-des-donnees-publiques-en-publiant-63-nouveaux-jeux-de-donnees.markdown",
        "fd2eeae11c42e8166773c0c1679b7fa908ab5b43"),
    "fr08_franceconnect_experimentation_privee.txt": (
        "_communiques/identite-numerique-letat-appelle-les-entreprises-privees-fournissant-des-services-numeriques-a-rejoindre-lexperimentation-franceconnect.markdown",
        "0d65e8362fa05aed74c080d603e1448e1b1f929a"),
    "fr09_programme_10_pourcent_saison_2.txt": (
        "_communiques/experts-publics-de-la-data-et-de-lia-letat-devoile-les-projets-de-la-saison-2-du-programme-10-percent-et-incite-tous-les-agents-publics-experts-de-la-data-et-de-lia-a-integrer-cette-communaute-dediee-au-partage-et-a-linnovation-au-sein-de-letat.markdown",
        "c38fdcf54b3fca523822dd2e4d82e4006f77d422"),
    "fr10_citp_7e_volet_numerique.txt": (
        "_actualites/7e-comite-interministeriel-de-la-transformation-publique-citp-retour-sur-le-volet-numerique.markdown",
        "dc8fcf2d5d676c7087f419b009a0c865805c3fc7"),
    "fr11_suite_numerique_lancement.txt": (
        "_communiques/lancement-suite-numerique-collaborative.markdown",
        "3f69e6a320c045a24509380b59b17819e824f18e"),
    "fr12_fonds_numerique_planification_ecologique.txt": (
        "_communiques/fonds-dinvestissement-numerique-et-donnees-pour-la-planification-ecologique.markdown",
        "7570c179c8049803321ca8536868c3934c464798"),
}

TEXTS = {}

TEXTS["fr01_administrateur_general_donnees_verdier.txt"] = """Administrateur général des données : rencontre avec Henri Verdier

24 septembre 2014

La France vient de se doter, par le décret du 16 septembre 2014, d’un administrateur général des données (AGD – en anglais « chief data officer »). C’est la première fois en Europe qu’une telle fonction est créée au niveau national. Placée sous l’autorité du Premier ministre, au sein du secrétariat général pour la modernisation de l’action publique (SGMAP), cette nouvelle mission est confiée à Henri Verdier, directeur d’Etalab, la mission du SGMAP chargée de l’ouverture des données publiques (lire l'arrêté de nomination).

Vous venez d’être nommé administrateur général des données (AGD). En quoi consistent vos missions ?

Henri Verdier. La mission première de l’administrateur général des données vise à bâtir progressivement une véritable gouvernance de la donnée au sein de l'Etat. Chaque service produit une masse croissante de données, et il n’a pas toujours été facile d’assurer leur homogénéité, leur bonne circulation, et leur pleine utilisation dans les différentes missions de service public. Je pense par exemple à la difficulté de faire bénéficier les collectivités locales des données produites par les services déconcentrés, qui ne leur parviennent que tardivement et après agrégation.

La mission de l'administrateur général des données conduira donc à améliorer - en coopération avec la DISIC et les administrations - les données que nous produisons, leurs formats et leur interopérabilité, avec pour objectifs d’en faciliter l’agrégation, la circulation au sein de l’administration, l'exploitation et la réutilisation notamment par les chercheurs ou les entreprises. Certaines de ces données ont par ailleurs vocation à être publiées en open data, c’est-à-dire en données ouvertes.

Son rôle consiste également à stimuler l'appropriation par l'Etat des méthodes de l'analyse prédictive et des stratégies fondées sur la donnée. Les nouveaux outils numériques et les données massives désormais accessibles permettent de mieux définir une politique publique et d'en améliorer le pilotage et l'efficacité ; les exemples en sont de plus en plus nombreux, en France et à travers le monde.

La fonction d'administrateur général des données permet de tirer tout le potentiel du SGMAP, en associant différentes dimensions de la transformation numérique de l'Etat.

Qu’apporte cette fonction à la démarche d’ouverture des données publiques en France ?

Henri Verdier. Cette nouvelle fonction, même si elle est aujourd'hui attribuée au directeur de la mission Etalab, n'est pas forcément liée à la mission d'ouverture des données publiques. Elle se situe d'une part en amont de cette démarche, en permettant de travailler sur les données disponibles dans l'Etat - notamment dans l'informatique de gestion - et d'essayer d'en améliorer la pertinence, la circulation et la gouvernance. Elle se situe d'autre part en aval, en essayant d'accompagner l'appropriation par l'Etat lui-même de ces données et de leur potentiel.

C'est aussi une fonction qui permet de tirer tout le potentiel du SGMAP, en associant différentes dimensions de la transformation numérique de l'Etat : la stratégie technologique des systèmes d'information, l'innovation de service, l'évaluation des politiques publiques. Dans toutes ces composantes, la maîtrise des données, la maîtrise des nouvelles approches comme le big data, la connaissance des nouvelles méthodes de travail sur les données sont de plus en plus centrales.

La démarche d'open data française, pour sa part, s'enrichira considérablement de ces compétences. Elle a déjà bénéficié du fait d'être adossée à une véritable culture du développement opérationnel, qui a permis la conception rapide du nouveau data.gouv.fr mais aussi le développement de projets comme openfisca.fr. Elle a également bénéficié d'une culture du travail avec les écosystèmes, qui a fait naître un projet comme BANO, la base d’adresses nationale ouverte. Enfin, elle va continuer de s’enrichir en s'appuyant sur des équipes qui utiliseront elles-mêmes les données et seront plus affutées encore quand il s'agira de rechercher des données importantes ou de travailler à leur mise en forme.
"""

TEXTS["fr02_eig_premiere_promotion_bilan.txt"] = """10 mois plus tard, découvrez comment les 1ers entrepreneurs.e.s d'intérêt général ont relevé leurs défis!

18 octobre 2017

En janvier 2017, 11 entrepreneur.e.s d’intérêt général sont entrés dans l’administration. Ils avaient 10 mois pour relever un défi d’utilité publique grâce aux données. En présence des mentors qui les ont accompagnés tout au long de leur mission, ils reviennent sur cette expérience et nous expliquent comment ils sont parvenus à relever leurs défis.

Une première promotion qui a fait bouger les lignes

Leurs profils : développeurs, datascientists et chercheurs. Depuis 9 mois, ces jeunes talents du numérique aux compétences pointues travaillent à résoudre leurs défis grâce aux données, accompagnés par leurs mentors. En images, découvrez les outils qu’ils ont développés au sein de leurs administrations d’accueil et le retour de leurs mentors sur ce partenariat inédit.

Réduire la fraude aux permis de conduire grâce à un outil de croisement de données, défi relevé pour Martin Gross, entrepreneur d’intérêt général, et son mentor Daniel Ansellem, ministère de l’Intérieur.

Améliorer la sécurité routière avec un outil cartographique interactif, défi relevé pour Tristram Gräbener et Francis Chabouis, entrepreneurs d’intérêt général, et leur mentor Daniel Ansellem, ministère de l’Intérieur.

Améliorer les contrôles fiscaux pour limiter les risques de fraude, défi relevé pour Marion Paclot, entrepreneure d’intérêt général, et son mentor Philippe Schall, ministère de l’Economie et des Finances.

Repérer les populations en situation de vulnérabilité grâce aux images satellites, défi relevé pour Etienne David, entrepreneur d’intérêt général, et son mentor Antoine Chèvre, Agence Française de Développement (AFD).

Nettoyer et optimiser les données du ministère de l’Enseignement supérieur, de la Recherche et de l'Innovation, défis relevés pour Laurent Dupont et Léo Bouloc, entrepreneurs d’intérêt général, et leurs mentors Emmanuel Weisenburger et Yann Caradec.

Construire un site participatif pour valoriser le patrimoine des orgues, défi relevé pour Bastien Guerry, entrepreneur d’intérêt général, et sa mentor Judith Kagan, ministère de la Culture

Analyser les parcours de soin grâce à une application informatique, défi relevé pour Sébastien Cossin, entrepreneur d’intérêt général, et son mentor Didier Hève, ministère des Solidarités et de la Santé

Faciliter l’accès aux rapports de la Cour des comptes grâce à une API, défi relevé pour Frédéric Bardolle, entrepreneur d’intérêt général à la Cour des comptes et Adnène Trojette, qui a accompagné la 1re promotion EIG au Liberté Living-lab

L’aventure Entrepreneur.e d’intérêt général vous tente ?

- Un appel à candidature est ouvert jusqu'au 27 octobre pour recruter les prochain.e.s EIG qui prendront leurs fonctions en janvier 2018.

- Découvrez les défis et les profils recherchés en détails sur le site web de l’appel à candidature.

Le programme Entrepreneur.e d'intérêt général (EIG) a été lancé par la Présidence de la République en janvier 2017 afin d’attirer au sein de l’administration, et pour une courte période, les meilleurs talents du numérique. Il est piloté par Etalab, la mission du secrétariat général pour la modernisation de l’action publique (SGMAP) en charge de l’ouverture des données publiques et financé par le fonds « Transition numérique de l’État et modernisation de l’action publique » du Programme d’Investissements d’Avenir.
"""

TEXTS["fr03_politique_contribution_logiciels_libres.txt"] = """La DINSIC se mobilise pour la réussite de l'ouverture des logiciels publics : publication de la politique de contribution de l’État aux logiciels libres

15 mai 2018

Conformément à la Loi pour une République Numérique, les codes sources des logiciels produits par les administrations seront officiellement libres par défaut à partir du 7 octobre 2018, une transition qui affirme l’engagement de l’État en faveur du logiciel libre.

LA DINSIC SE MOBILISE POUR LA RÉUSSITE DE L’OUVERTURE DES LOGICIELS PUBLICS : PUBLICATION DE LA POLITIQUE DE CONTRIBUTION DE L’ÉTAT AUX LOGICIELS LIBRES

Pour accompagner les administrations dans la production de codes sources ouverts, la direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC) publie sa politique de contribution aux logiciels libres.

Ses objectifs :

- Aiguiller les développeurs de la fonction publique (titulaires ou contractuels) ou prestataires, dans la mise en œuvre de codes sources ouverts.
- Encourager les agents publics à contribuer aux logiciels libres dans le cadre de leurs missions.

Cette politique est le fruit d’un travail collaboratif entre gouvernements, communautés du libre, associations non gouvernementales, associations gouvernementales internationales, sociétés privées et représentants du secteur académique. Son élaboration a débuté en 2016 dans le cadre du Partenariat pour un gouvernement ouvert. Elle a fait l'objet d'un appel à commentaires publics avant d’être validée par l’ensemble des DSI ministériels le 15 février 2018.

Sont concernés les codes sources de tout nouveau logiciel développé en interne par l’administration ou par des prestataires externes pour le compte de l’administration. La DINSIC publiera dans un second temps  une méthodologie pour accompagner les administrations dans l’ouverture de codes sources existants.  Les fonctions publiques hospitalières et territoriales sont hors périmètre de cette politique de contribution mais sont invitées à s’en inspirer librement.

La DINSIC espère ainsi faciliter la mise en œuvre de l’ouverture des codes sources publics et renforcer la contribution de l’État aux biens communs numériques.
"""

TEXTS["fr04_strategie_cloud_etat_2018.txt"] = """Le gouvernement annonce sa stratégie en matière de cloud

3 juillet 2018

Pour accompagner la transformation numérique de l’État, le gouvernement se dote d’une stratégie d’utilisation de l’informatique en nuage (cloud) par l’administration. Son objectif ? Développer l’usage du cloud par les administrations, les établissements publics et les collectivités territoriales, d’ici à 3 ans.

Annoncée par Mounir Mahjoubi, secrétaire d’État auprès du Premier ministre, chargé du Numérique - à l’occasion de la Cloud week, la stratégie cloud de l’État s’appuie sur le développement d’une offre de cloud hybride en fonction des usages et de la sensibilité des données :

- Un « cloud interne », dédié aux données et applications sensibles, accessible à l’ensemble des ministères sur une base OpenStack, via un portail interministériel. Hébergé par l’administration, ce cloud sera conforme aux exigences régaliennes de sécurité.
- Un « cloud dédié », pour les données et applications de sensibilité moindre, reposant sur une offre externe personnalisée pour les besoins de l’État et hébergé sur des infrastructures dédiées. L'ANSSI en supervisera la sécurité. Des briques FranceConnect Plateforme y seront pré-intégrées pour simplifier les développements de services et d’applications.
- Un « cloud externe », dédié aux données et applications peu sensibles, constituée d’un catalogue  d’offres cloud accessibles sur internet, porté par des centrales d’achat public pour en faciliter la commande.

Chaque administration pourra ainsi choisir la solution qui lui convient le mieux.

Pour favoriser un cadre de compétition équitable entre les offres cloud et l’informatique traditionnelle, des adaptations réglementaires seront réalisées, notamment pour le code du patrimoine, afin de pouvoir recourir à des offres cloud sécurisées avec un hébergement hors du territoire national.

À la clé de cette stratégie en matière de cloud, des avantages incontestables pour l’État, les services publics et les citoyens :

- L’amélioration de l’efficacité générale du système d’information des administrations publiques ;
- Une grande agilité dans le développement de services innovants, tant pour les besoins internes de l’administration que pour les services rendus aux administrés ;
- Une souplesse et une rapidité de déploiement des solutions hébergées sur cloud ;
- Une optimisation des coûts.

En encourageant le recours au cloud, le gouvernement a également à cœur de  renforcer la souveraineté numérique de l’État et la maîtrise de ses données.

Le cloud est l’un des chantiers prioritaires de la transformation numérique de l’État. Grâce à la stratégie cloud de l’État, nous souhaitons encourager les acteurs publics à s’emparer du cloud et à s’appuyer sur son potentiel pour rendre un meilleur service public aux citoyens tout en gardant la maîtrise des données sensibles.»

Mounir Mahjoubi, secrétaire d’État auprès du Premier ministre, chargé du Numérique.
"""

TEXTS["fr05_panorama_grands_projets_5e_edition.txt"] = """5eme édition du panorama des grands projets SI de l’État : 61 chantiers informatiques à la loupe

26 mars 2018

La direction interministérielle du numérique et du système d’information et de communication de l’Etat (DINSIC) publie aujourd’hui le panorama des grands projets informatiques menés au sein des ministères. Créé en novembre 2016 et mis à jour tous les 4 mois, cet outil permet au gouvernement de suivre le bon déroulement des grands chantiers informatiques en cours, d’identifier et de rectifier les dérives budgétaires et calendaires éventuelles.

Cette 5e édition passe en revue 61 grands projets informatiques en cours de développement ou de déploiement au sein des ministères et de leurs partenaires, pour un coût total de 2,83 milliards d’euros.

Deux nouveaux projets font leur entrée dans cette 5e édition du panorama :

- Le projet OSHIMAE : mise en place d’une plateforme cloud partagée entre le ministère de l’Agriculture et de l’Alimentation, le ministère de la Transition écologique et solidaire et l’IGN, et création d’une offre de géoservices qui sera hébergée sur celle-ci.
- L’évolution de l’infocentre RH IRHIS contribuant à la stratégie de modernisation du système d’information RH (SIRH).

Le réseau interministériel de l’Etat (RIE), piloté par un service à compétence nationale au sein de la DINSIC, sort du panorama. Son déploiement initial achevé en 2017, il relie déjà l’ensemble des ministères (hors ministère des Armées) entre eux et avec leurs partenaires.

Les projets Alpha (logiciel de gestion des achats du ministère des Armées) et Chorus pro (portail unique pour le dépôt, la réception et la transmission des factures électroniques destinées à l’État), désormais opérationnels, sortiront de la prochaine édition du panorama.

La durée moyenne d’un projet reste constante, autour de 6,2 ans. Le taux d’écart budgétaire est stable à 26%. Le taux d’écart calendaire s’est quant à lui accentué (+7 points), notamment car certains projets ont vu leurs périmètres évoluer, soit par l’ajout de fonctionnalités, soit du fait de nouvelles mesures de transformation publique les impactant, ce qui montre que la sécurité des budgets et calendriers est à renforcer.

Pour y parvenir, la DINSIC, en concertation avec le secrétaire d’État chargé du Numérique Mounir Mahjoubi, lance des actions d’évaluation et d’appui auprès de certains ministères. Elles permettront d’identifier les axes de sécurisation et d’optimisation de ces chantiers mais aussi d’anticiper et éviter certaines dérives potentielles.

Consultez l’ensemble des données de cette édition et des précédentes en open data sur la plateforme data.gouv.fr

« En tant que secrétaire d’État chargé du Numérique, je suis pleinement engagé pour plus de transparence sur les investissements SI de l’État. Cela passe notamment par la publication en open data de ses données de manière très régulière et permet à la fois de présenter aux citoyens comment est utilisé l’argent public, mais aussi d’améliorer la conduite de ces grands projets qui ont pour objectif de répondre aux besoins des Français, des associations, des entreprises et des administrations. »,

Mounir Mahjoubi, secrétaire d’Etat auprès du Premier ministre, chargé du Numérique.
"""

TEXTS["fr06_eig_commando_ux_70_talents.txt"] = """Entrepreneurs d’Intérêt Général et Commando UX : Près de 70 nouveaux talents du numérique intègrent l’administration à partir d’aujourd’hui

1er septembre 2020

Avec le numérique, l’État accélère sa transformation pour améliorer les politiques publiques et la vie des Français en créant les services publics de demain. Pour mener ces projets ambitieux de transformation, l’État accueille à partir d’aujourd’hui près de 70 talents convaincus que le numérique peut être porteur d’amélioration de l’action publique et souhaitant mettre leurs expertises au service de l’intérêt général.

ENTREPRENEURS D’INTÉRÊT GÉNÉRAL : 41 développeuses et développeurs, designers et data scientists, une mission : transformer l’administration de l’intérieur à l’aide des données.

Recrutés parmi 802 candidates et candidats pour leurs compétences numériques pointues, leurs expériences entrepreneuriales et associatives et leur appétence pour le service public, les Entrepreneurs d’Intérêt Général auront 10 mois à partir d’aujourd’hui pour relever 17 défis qui portent sur des sujets aussi variés que la santé, l’énergie ou la transparence de l’action publique… Parmi les plus impactants : mieux informer les autorités et services d’urgence lors d’une crise ou encore accélérer l’ouverture en opendata des décisions de justice.

Dès le 1er septembre 2020 : suivez la rentrée des EIG 4 sur Twitter @eigforever

COMMANDO UX : 15 designers, développeuses et développeurs, une mission : améliorer concrètement et rapidement l’expérience utilisateur des démarches administratives en ligne les plus utilisées par les Français.

Armés de compétences en design et en développement, ils ont été sélectionnés parmi 250 candidates et candidats pour leur expertise, leur empathie et leur sens de l’intérêt général en vue d’intégrer le premier Commando UX. Leur mission : simplifier et rendre plus désirables les démarches en ligne les plus utilisées par les Français. A partir du 7 septembre, ils auront 4 mois pour relever 10 défis comme : simplifier le parcours des demandeurs d’emploi pour le renouvellement mensuel de leur situation ou encore permettre aux étrangers de faire une demande de titre de séjour en ligne.

Dès le 7 septembre 2020 : suivez la rentrée du premier Commando UX sur Twitter @Design_Gouv

La crise sanitaire a montré que la transformation numérique de l’État doit être résolument accélérée.
Bâtir un État numérique plus efficace est l’une des priorités de la relance pour le Gouvernement. C’est pourquoi je me réjouis que nous renforcions très rapidement le recrutement de talents numérique. Je suivrai très attentivement les activités des designers, développeurs et data scientists qui constituent les Entrepreneurs d’Intérêt Général et le commando UX car ils viennent contribuer à améliorer concrètement l’action publique.

Amélie de Montchalin
Ministre de la Transformation et de la Fonction publiques

Ces deux dispositifs s’inscrivent dans TECH.GOUV, le programme d’accélération de la transformation numérique du service public conduit par la DINUM

En bref :

ENTREPRENEURS D’INTÉRÊT GÉNÉRAL :

- 41 développeuses et développeurs, designers et data scientists ;

- Ayant pour mission de relever 17 défis dédiés à transformer l’administration de l’intérieur grâce au numérique et aux données ;

- Recrutés en CDD de 10 mois du 1er septembre au 30 juin 2021 ;

- Le programme EIG confirme son dynamisme en augmentant une fois encore le nombre de défis et de talents, preuve de la réussite et de l’attractivité du dispositif. Depuis son lancement en 2017, il a recruté près de 90 EIG et accompagnés plus de 50 défis dans 40 administrations différentes.

COMMANDO UX :

- 15 designers, développeuses et développeurs ;

- Ayant pour mission de relever 10 défis dédiés à améliorer concrètement et rapidement l’expérience utilisateur de démarche en ligne parmi les 250 les plus utilisées par les Français ;

- Recrutés en CDD de 4 mois du 7 septembre au 30 décembre 2020 ;

- Rentrée de la 1ère promotion le 7 septembre 2020.
"""

TEXTS["fr07_ouverture_donnees_63_jeux.txt"] = """Le gouvernement poursuit son engagement pour une politique ambitieuse d’ouverture des données publiques en publiant 63 nouveaux jeux de données

29 avril 2021

Amélie de Montchalin,  ministre de la Transformation et de la Fonction publiques, en charge de l’ouverture des données publiques, annonce aujourd’hui la mise en ligne sur numerique.gouv.fr d’une nouvelle liste de 63 jeux de données, interfaces de partage de données et codes sources qui seront ouverts en 2021 et 2022 par le Gouvernement, avec un calendrier de déploiement trimestriel.

La crise sanitaire a rappelé que l’ouverture et l’exploitation des données publiques est un enjeu majeur de transparence et d’efficacité de l’action publique.

Lors du cinquième comité interministériel de la transformation publique qui s’est tenu à Mont-de-Marsan le 5 février dernier, le Premier ministre s’était engagé à ce que le Gouvernement mène une politique d’ouverture de la donnée publique ambitieuse, visant à mieux exploiter, ouvrir, partager et valoriser les données publiques.

Par une circulaire du 27 avril 2021, qui s’appuie sur les préconisations du rapport du député Eric Bothorel qui lui avait été remis le 23 décembre dernier, le Premier ministre demande à l’ensemble du Gouvernement de faire de la politique de la donnée une de ses priorités dans ses relations avec tous ses partenaires, notamment les collectivités territoriales, les acteurs privés et la société civile.

Chaque ministère est chargé de mettre en place une gouvernance adaptée à cette ambition en nommant un administrateur ministériel des données, et de rédiger une feuille de route en la matière qui sera rendue publique en septembre 2021. De même, un référent sera nommé dans chaque préfecture de région pour accompagner les services déconcentrés de l’État.

Parmi les jeux de données ouverts en 2021 et 2022 annoncés aujourd’hui se trouvent des politiques publiques essentielles. Notamment, les données de la carte scolaire des collèges établie par les départements seront ouvertes par le ministère de l’éducation nationale, de la jeunesse et des sports, les données des permis de construire des personnes physiques seront ouvertes par le ministère de la transition écologique, les données relatives à l'agriculture biologique à la maille communale seront ouvertes par le ministère de l’agriculture et de l’alimentation. De même, le code source de FranceConnect sera ouvert par le ministère de la Transformation et de la Fonction publiques.

La ministre de la Transformation et de la Fonction publiques assurera le suivi de la mise en œuvre des orientations du Premier ministre. Elle mobilisera notamment les crédits du plan France relance mis à sa disposition pour la mise à niveau numérique de l’État.

Depuis le 5 février, plusieurs ouvertures ont déjà eu lieu. Par exemple, les fichiers des locaux et des parcelles des personnes morales ont été publiés par le ministère de l’économie, des finances et de la relance, tout comme les effectifs des écoles et collèges par niveau et langues vivantes par le ministère de l’éducation nationale, de la jeunesse et des sports.

Un point d’avancement sera réalisé lors du prochain comité interministériel de la transformation publique.

Consultez la liste des 63 jeux de données, interfaces de partage de données et codes sources qui seront ouverts en 2021 et 2022 par le Gouvernement, et le calendrier de déploiement trimestriel ici.
"""

TEXTS["fr08_franceconnect_experimentation_privee.txt"] = """Identité numérique : l’État appelle les entreprises privées fournissant des services numériques à rejoindre l'expérimentation FranceConnect

2 juillet 2021

La direction interministérielle du numérique, sous l’autorité du ministère de la Transformation et de la Fonction publiques, accélère le déploiement de FranceConnect en l’étendant à titre expérimental aux services en ligne proposés par des entreprises privées, au-delà des centaines de démarches qui peuvent déjà être réalisées auprès des administrations.

Accéder aux services en ligne en toute confiance et sécurité, sans avoir chaque fois à créer de nouveau compte et sans devoir communiquer des données personnelles non strictement nécessaires : c’est la promesse de FranceConnect. Pour simplifier et sécuriser l’accès aux démarches administratives des Français, l’État a incité en mai 2020 les entreprises privées à tester pendant un an l’intégration de FranceConnect.

Afin de renforcer cette dynamique et encourager son recours, l’État offre pendant une année supplémentaire la possibilité aux entreprises qui relèvent des secteurs santé, social, éducation, transport, location biens et véhicules de rejoindre l’expérimentation FranceConnect. La prolongation de cette expérimentation vise à déterminer les secteurs d’activité qui trouveraient un bénéfice à proposer à leurs utilisateurs la connexion via FranceConnect. Elle s’inscrit dans les mêmes conditions, garanties et critères d’éligibilité et de sélection que ceux consultables sur franceconnect.gouv.fr/partenaires.

La DINUM sélectionnera ainsi les entreprises répondant auxdits critères et qui acceptent d’engager une démarche d’évaluation continue de la valeur ajoutée du service. A l'issue de l’expérimentation, un bilan sera réalisé afin d’évaluer l’opportunité que représente l’ouverture de FranceConnect au secteur privé et la valeur ajoutée perçue pour les utilisateurs des services en ligne expérimentateurs.

Depuis 2016, le déploiement de FranceConnect se poursuit avec l’intégration de nouveaux fournisseurs de services début 2021 à l’instar de Pole-emploi.fr et Pajemploi. L'objectif est d'atteindre 30 millions d’utilisateurs d’ici fin 2022 pour permettre aux utilisateurs d’accéder à plus de 1 300 services en ligne.

« Pour les entreprises fournissant des services numeriques qui intègrent FranceConnect, c’est l’opportunité de gagner en efficience en déléguant la gestion de l’identité numérique à un tiers de confiance tout en gagnant en visibilité et en améliorant l’accès à leurs services numériques pour garantir à leurs utilisateurs la sécurité des données personnelles ».  Christine Balian, directrice du programme FranceConnect.

Créé en 2016 et opéré par la direction interministérielle du numérique (DINUM) dans le cadre du programme TECH.GOUV, sous l’autorité de la ministre de la Transformation et de la Fonction publiques, FranceConnect permet à tout utilisateur ayant déjà un compte impots.gouv.fr, Ameli, de la mutualité sociale agricole (MSA), une identité numérique de La Poste ou Mobile Connect et Moi, de se connecter à plus de 960 services en ligne, sans créer de nouvel identifiant et en s’appuyant sur un compte vérifié parmi les fournisseurs d’identité publics et privés.

FranceConnect en bref :

- Lancement du programme en 2016 ;
- Plus de 960 services accessibles en ligne de manière simple et sécurisée ;
- Plus de 26 millions de personnes FranceConnectées ;
- 30 millions d’utilisateurs est l’objectif fixé pour fin 2022 ;
- Plus de 10 millions de connexions par mois en moyenne en 2020 ;
- Près de 2 millions de nouveaux utilisateurs en juin 2021 contre 700 000 en 2021 et 550 000 en 2020.
"""

TEXTS["fr09_programme_10_pourcent_saison_2.txt"] = """Experts publics de la data et de l’IA : l’État dévoile les projets de la saison 2 du programme 10% et incite tous les agents publics experts de la data et de l’IA à intégrer cette communauté dédiée au partage et à l’innovation au sein de l’État

23 novembre 2023

Contribuer à des projets data de l’État, échanger entre pairs, se former et transmettre ses compétences, c’est la promesse du programme 10% destiné aux agents publics de la data dont le principe est d’offrir 10% de son temps de travail pour contribuer à la réussite de projets d’intérêt général. Convaincus des intérêts que revêtent la collaboration entre agents publics et administrations dans le secteur en tension du numérique, la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, en association avec l’Institut national de la statistique et des études économiques (INSEE), ont lancé en 2022 ce programme inédit au sein de l’État.

Le 28 novembre 2023, est organisé un événement lors duquel 150 agents publics du numérique sont attendus à Paris afin de présenter les 7 projets de la saison 2 et revenir plus largement sur le programme dans la perspective de la saison 3 qui sera lancée en février 2024 prochain.

Parmi les projets de la saison 2 :
- ChartsGouv : l’outil de visualisation des données de l’État
- Transformers : une IA open-source pour l’analyse de texte par les administrations
- FormIAble : l’outil pour aider les administrations à extraire des informations de documents difficilement exploitables
- Cartiflette : l’outil facilitant la réalisation de cartes géographiques grâce à la récupération de fonds de cartes produits par des acteurs publics
- Impact environnemental : l’outil permettant de mesurer et former à l’impact environnemental des projets IA et data
- PoufDoc : l’outil pour aider les administrations dans leur production récurrente de rapports
- TrouverMonExpertData (TED) : le moteur de recherche des datascientists de l’État par organisations, missions et compétences

Data engineer, data scientist, statisticien, développeur, data analyst, … pour rejoindre le programme 10%, une condition : être agent public de la data et souhaiter placer ses compétences au service de l’intérêt général. Basé sur le volontariat, le programme 10% représente deux après-midis par mois (en présentiel ou en distanciel) ; des formations, newsletters, échanges sur une discussion Tchap entre experts publics et des événements de partage sont organisés en complément.

Pour les administrations participantes, les intérêts sont nombreux : bénéficier d’expertises data et IA variées, favoriser les collaborations interministérielles, offrir à leurs agents la possibilité d’intégrer une communauté dans laquelle développer ses compétences et les transmettre, le tout participant à la fidélisation au sein de l’État. Pour intégrer le programme, les projets des administrations doivent répondre à 3 critères : être un projet d'intérêt commun interministériel ; répondre un besoin immédiat et concret ; permettre un accès aux données et aux codes sources par d'autres agents publics.

Pour la saison 3, le programme 10% s’enrichit de l’expérience acquise et proposera des formations par des intervenants de haut-niveau ouvertes à tous les experts publics de la data et de l’IA, la mise en place d’une instance de travail dédiée aux participants du programme et l’appui d’un coach de projets doté d’une culture start-up.

Le programme 10% est porté par le département Etalab de la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, en association avec l’Institut national de la statistique et des études économiques (INSEE). Pour en savoir plus : 10pourcent.etalab.gouv.fr

« Le concept du programme 10% est très intéressant. C'est une super idée de mettre des experts qui ne se connaissent pas en relation pour se faire un réseau, sur lequel on peut s'appuyer. En plus, le programme permet de développer ses compétences, d'avoir de nouvelles idées de projets, de partager des problématiques communes... J'ai la chance d'avoir des chefs qui m'ont beaucoup encouragé à rejoindre le programme. »

Jean-Baptiste DELFAU, datascientist au sein de la Gendarmerie nationale
"""

TEXTS["fr10_citp_7e_volet_numerique.txt"] = """7e comité interministériel de la transformation publique (CITP) : retour sur le volet numérique

22 mai 2023

Le 7e comité interministériel de la transformation publique s’est tenu mardi 9 mai 2023 sous la présidence de la Première ministre Elisabeth Borne. Dans ce cadre, le Gouvernement a réaffirmé une stratégie ambitieuse du numérique et de la donnée, au service des usagers et de l’amélioration de nos services publics fondamentaux. Zoom sur le volet numérique du CITP.

Pour des services publics, plus proches, plus simples, plus efficaces

Renforcer les services publics fondamentaux. Assurer les fondamentaux des services publics. Mettre en place une organisation pour tenir les engagements fixés.

Ces trois axes dressés lors du 7e comité interministériel de la transformation publique visent un objectif : placer les Français au cœur de l'action publique, pour des services publics plus proches, plus simples et plus efficaces.

Parmi les engagements pris, un ensemble de mesures s’appuient sur le levier numérique. Exploitation de la donnée, amélioration de la qualité et de l'accessibilité des services publics en ligne, simplification des démarches, administration proactive, développement d'une filière RH numérique de l’État... La DINUM est investie dans la mise en œuvre de la majeure partie de celles-ci.

Les principales mesures en matière de numérique

- La vie des familles et des agents sera simplifiée grâce au numérique, en s’appuyant sur le « dites-le-nous une fois » et en supprimant des démarches dans une logique d’administration proactive : les bourses scolaires, par exemple, ainsi que les pensions de réversion, seront attribuées automatiquement, sans aucune démarche à effectuer.
- La dématérialisation de la procédure pénale sera accélérée au bénéfice du justiciable et des agents, avec pour objectif de rendre la justice plus rapidement.
- Les ministères actualiseront ou prépareront d’ici la fin de l’année leur feuille de route du numérique et de la donnée, au service d’une stratégie numérique de l’État commune et cohérente.
- Des projets phares d’exploitation de la donnée seront identifiés dans chaque ministère et pourront être accompagnés par la DINUM, à travers son Datalab au sein d’Etalab.
- Les 250 services publics numériques essentiels feront l’objet d’un suivi renforcé dans le cadre de l’Observatoire piloté par la DINUM, pour garantir leur qualité. Objectif : une note de satisfaction minimum de 8 sur 10 de la part des usagers.
- Les démarches en ligne seront sécurisées face à la fraude avec FranceConnect+ lorsque nécessaire.
- Dans le but de renforcer ses compétences internes, la filière numérique de l’État sera massivement développée et animée par la DINUM, tant en matière de recrutements, que de développement et de valorisation des compétences disponibles.
"""

TEXTS["fr11_suite_numerique_lancement.txt"] = """L’État lance une suite numérique collaborative permettant aux agents publics de disposer d’outils numériques souverains, sécurisés, encore plus performants et facilitant le travail collaboratif à distance

23 mai 2024

Premier employeur de France, la fonction publique se doit de garantir à ses agents l’accès à des outils numériques performants, sécurisés et répondant aux nouveaux usages professionnels. La direction interministérielle du numérique (DINUM), ayant pour mission de rendre l’État plus simple, plus efficace et plus souverain, a conçu et déployé La Suite numérique visant à fédérer tous les agents et professionnels de la sphère publique autour de services disponibles à la carte et interconnectés, pour une gestion fluide et efficace du travail collaboratif quotidien.

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques, vient d’annoncer, à VivaTech, lors du salon européen de l’innovation technologique, le lancement de La Suite numérique au service de tous les agents publics qui sont invités à s’en emparer dès aujourd’hui.

Il s’agit de proposer aux usagers une offre complète comprenant : l’authentification unique facilitant la connexion aux outils (AgentConnect est d’ores et déjà accessible à 1,6 million d’agents et professionnels de la sphère publique pour accéder aux outils interministériels de la DINUM), l’habilitation et l’annuaire; la possibilité de se connecter à des applications souveraines, à la carte, interconnectées, s’appuyant sur des logiciels libres et des infrastructures SecNumCloud, basées sur des communs numériques libres ; la manipulation au quotidien des outils choisis à la carte tels que la communication instantanée, la tenue de réunions en audio ou vidéo conférence, le partage de documents et la collaboration au sein d’équipes (pour la conduite de projet entre autres) ainsi que la communication par mail (pour les petites équipes dans un premier temps), le tout respectant une charte graphique commune afin d’être mieux identifiée. L’usage de La Suite numérique et des mêmes outils par tous les agents publics facilite la collaboration interministérielle et contribue à l’efficacité de l’action de l’État.

Après le « sac à dos numérique de l’agent public » lancé en 2021, notamment accéléré pour répondre à la crise sanitaire, la Suite numérique prend désormais le relais de ces premiers travaux.

Parmi les outils de La Suite numérique proposés, certains sont déjà existants tels que :
- Tchap : la messagerie instantanée de confiance du secteur public utilisée quotidiennement par 200 000 utilisateurs. Une extension de l’outil d’IA Albert est prévue sur Tchap prochainement, courant de l’été.
- Audioconférence de l’État comptant près de 8 000 usagers pour 700 réunions hebdomadaires (chiffre 2024 à mi-mai).
- Webconférence de l’État comptant 47 000 usagers pour 10 000 réunions hebdomadaires (chiffre 2024 à mi-mai).
- Webinaire de l'État : le service de webinaire pouvant accueillir jusqu’à 350 participants, des agents publics et des interlocuteurs extérieurs à l’État (issus des secteurs publics, privés ou associatifs) a enregistré plus de 800 000 usagers pour 65 000 réunions hebdomadaires (chiffre 2024 à mi-mai).
- France transfert : la solution d’envoi de fichiers volumineux simple et sécurisée comptant 140 000 usagers ayant échangé plus de 350 000 plis (chiffre 2024 à mi-mai).
- Resana, plateforme collaborative du secteur public comptant 140 000 usagers et près de 800 000 documents partagés / mois (chiffre 2024 à mi-mai).

Initiative interministérielle, La Suite numérique est le fruit de collaboration avec les ministères (l’Intérieur et les Outre-mer et la Transition écologique et de la Cohésion des territoires pour Tchap, le ministère de la Culture pour FranceTransfert, le ministère de l’Éducation nationale et de la Jeunesse pour le Webinaire de l’État, ainsi que le ministère de la Transition écologique et de la Cohésion des territoires pour Webconférence de l’État).

Une première version de La Suite numérique est disponible à titre expérimental depuis mars 2024 ; certains outils sont donc encore en phase de test et d’autres utilisés par des centaines de milliers d'agents, comme Tchap. L’ambition d’ici la fin de l’année est d'offrir plus d'interopérabilité entre les outils et élargir la gamme de services proposée (gestion de projet, gestionnaire de mot de passe, prise de rendez-vous, IA...).
"""

TEXTS["fr12_fonds_numerique_planification_ecologique.txt"] = """Planification écologique : un fonds d’investissement numérique et données pour doter les administrations de moyens numériques leur permettant d’accélérer la réussite de la transition écologique de la France

7 février 2024

Devenir la première économie verte d’Europe en 2040 et accélérer la transition écologique, c’est l’une des promesses de la planification écologique, un plan d’action initié par la Première ministre en octobre 2022 à la demande du président de la République pour répondre aux objectifs de baisser suffisamment les émissions de gaz à effet de serre, d’adapter la France au changement climatique, de restaurer la biodiversité et de mieux gérer nos ressources essentielles.

Afin de contribuer à cette ambition, l’État lance un fonds d’investissement « Numérique et Données » pour la planification écologique doté de 50 millions d’euros pour l’année 2024, et co-piloté par la direction interministérielle du numérique (DINUM) et le Secrétariat général à la planification écologique (SGPE). L’enjeu : associer la puissance du numérique et les méthodes innovantes pronés par DINUM, avec la recherche de cohérence, de transversalité et d’impact environnemental qui guident les travaux du SGPE. Le fonds garantit ainsi des moyens concrets et transformants à toutes les parties prenantes de l’Etat engagées dans la transition écologique, et les invite à mieux agir ensemble au service pour l’atteinte des objectifs de planification écologique.

La nécessité et la pertinence de s’appuyer sur la puissance du numérique et des données pour cibler les actions les plus efficaces, gérer la complexité, réduire les délais, modéliser, informer, anticiper les crises, mettre en réseau, mobiliser, analyser, décider dans le domaine de la transition écologique a déjà été prouvé en témoigne des exemples concrets : déployer les énergies renouvelables, développer le covoiturage, suivre le traitement des déchets, mieux connaître les espèces protégées, mesurer l’empreinte écologique, gérer la ressource en eau en cas de sécheresse, aider de façon ciblée les citoyens les plus précaires…

Un appel à toutes les administrations centrales, déconcentrées et opérateurs de l’État qui mènent ou qui souhaitent mener des projets numériques conçus en cohérence avec la feuille de route « Numérique et Données » ou avec les objectifs de planification écologique tels que définis par le SGPE ; selon le « mode produit » (mode de développement incrémental) ; respectant les standards de qualité (accessibilité, respect de la vie privée, ouverture du code et transparence des algorithmes, bonnes pratiques de sécurité, etc.) et portés par un responsable autonome et garant des moyens qui lui ont été alloués sont invitées à postuler dès aujourd’hui. Les candidatures seront étudiées au fil de l’eau tout au long de l’année 2024.

Les projets lauréats bénéficieront d’un cofinancement jusqu’à 50 % du coût total du projet afin d’assurer un partage de responsabilité équilibré entre le porteur et le fonds. La taille attendue des projets est de 100 000 € TTC minimum.

Les candidatures seront sélectionnées selon deux critères : le critère d’impact permettant d’analyser l’évolution du projet ainsi que les critères de conception et de réalisation regroupant : le soutien notamment financier de la part du sponsor, la pertinence technique de la solution proposée, la réutilisation de briques et API interministérielles, les délais de mise en œuvre, le respect du cadre juridique, la solidité et la pertinence du projet en termes de gouvernance.

Les candidatures retenues s’engagent à communiquer publiquement leurs résultats, participer aux comités d’investissements et à arrêter le produit en cas d’impossibilité de prouver son impact.

Après un processus de sélection par le comité stratégique « Numérique et Données » France Nation Verte, une convention de financement entre la DINUM et l’administration lauréate sera signée.

Pour assurer la répartition des fonds en fonction des priorités gouvernementales, coordonner et sécuriser l’ensemble du programme, un comité stratégique « Numérique et Données » France Nation Verte co-présidé par le SGPE et la DINUM rassemblera 3 fois par an les parties prenantes. Le SGPE s’assure de la pertinence de la stratégie ; la DINUM s’assure, quant à elle, du respect de la méthode « en mode produit » pour sécuriser la bonne exécution des actions dans un contexte d’incertitude élevé.
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
