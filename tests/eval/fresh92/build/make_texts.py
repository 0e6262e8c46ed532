#!/usr/bin/env python3
"""Write fresh92/texts: 10 French news items and communiqués of the DINSIC and the DINUM (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr, folders _actualites/ and _communiques/ (Markdown with YAML
front matter). The snapshot is too large to be fetched, so each file was read with the search tool's
read_file (the commit it reported is in SOURCES) and the plain text was transcribed by hand into TEXTS
(no program read the raw Markdown; this script only writes the result), with the rules of fresh76-fresh90:

- title line = front matter `title` (YAML folded lines joined with one space; fr03's YAML "\\n" escape
  written as one space); blank line; dateline = front matter `date` written "24 octobre 2018"; blank line.
- `chapeau-text` is the first body paragraph (folded lines joined; "**" marks and link markup dropped).
- Markdown/HTML stripped: emphasis marks, "#" heading marks (headings kept as lines), "<br>", HTML tags,
  "{: ...}" markers; a link keeps its text; lines that are only a link/button/image are dropped; list
  items written "- text"; numbered items "1) ..." kept; soft line breaks inside a paragraph joined with a
  space; fr05's HTML ordered list written "1. ..." and its image caption kept as a paragraph.
- cuts and other omissions: see README.md ("What was changed").
Spaces: read_file does not show U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

SOURCES = {
    "fr01_dinsic_bilan_2017_2018.txt": (
        "_actualites/la-dinsic-retour-sur-2-annees-de-transformation-numerique.markdown",
        "0c4b9c0978da0320a7875c3bd54a1d241e3bba71"),
    "fr02_tech_gouv_nadi_bou_hanna.txt": (
        "_actualites/tech-gouv-interview-nadi-bou-hanna.markdown",
        "03f1f1b96a925b8ec284bf9c131124e6b3c20c5c"),
    "fr03_forum_emploi_tech_2020.txt": (
        "_communiques/talents-du-numerique-letat-recrute-plus-de-300-postes-a-pouvoir-pour-creer-le-service-public-de-demain.markdown",
        "13a21ff8b9cb27f2cf175b147fcd2101238de606"),
    "fr04_catalogue_gouvtech.txt": (
        "_communiques/letat-encourage-lidentification-et-lutilisation-de-solutions-numeriques-du-marche-pour-des-services-publics-encore-plus-performants.markdown",
        "09ca325d03ce3daa001b50ef73faa9d1788cbb58"),
    "fr05_cafe_transfo_culture_numerique.txt": (
        "_actualites/10-enseignements-pour-insuffler-une-culture-numerique-dans-ladministration.markdown",
        "041940daad1d28a977b0db8edf2b7fae50c2da38"),
    "fr06_forum_emploi_numerique_2022.txt": (
        "_communiques/numerique-letat-recrute-300-postes-ouverts-lors-de-son-forum-de-lemploi.markdown",
        "ef2b1d03c77a57079546f0f8b40892ecf266409c"),
    "fr07_startups_detat_fast_2023.txt": (
        "_communiques/startups-detat-beta-dot-gouv-dot-fr-devoile-ses-realisations-de-2022-et-lance-une-nouvelle-version-du-fonds-dacceleration-des-startups-detat-et-de-territoires-pour-renforcer-linnovation-dans-les-ministeres.markdown",
        "777fa8b14c8ebccb59de006e79ee1f9c4eeaaa06"),
    "fr08_barometre_collectivites_declic.txt": (
        "_communiques/transformation-numerique-des-territoires-lancement-du-barometre-collectivites-and-numerique-pour-renforcer-laccompagnement-des-acteurs-des-territoires-dans-leur-transformation-numerique-en-vue-de-laccelerer.markdown",
        "0133dca3ca67fa2a6f199ad855858c265b36dc13"),
    "fr09_guerini_rie_attaques.txt": (
        "_communiques/stanislas-guerini-se-rend-aupres-des-agents-publics-mobilises-par-les-attaques-informatiques-ayant-touche-les-services-de-letat.markdown",
        "18ca369e77c0cc2b82db482d66e02ccb88b42d46"),
    "fr10_cloud_de_confiance_besoins.txt": (
        "_communiques/letat-publie-son-recueil-des-besoins-des-projets-informatiques-publics-en-matiere-de-cloud-de-confiance.markdown",
        "28e608fa76952b8312dc66dc8b02fc0f557ed85d"),
}

TEXTS = {}

TEXTS["fr01_dinsic_bilan_2017_2018.txt"] = """La DINSIC : retour sur 2 années de transformation numérique

24 octobre 2018

La direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC) conduit un important chantier interministériel visant à assurer la qualité, la modernité et l’efficacité du système d’information (SI) de l’État tout en le mettant au service du développement des nouveaux usages et de la transformation des métiers des administrations.

Cette mission la conduit à conjuguer une grande variété de métiers et de formats d’intervention : elle opère le réseau d’échanges de données et de communications électroniques (réseau interministériel de l’État - RIE), veille à la qualité et à la sécurité des grands socles informatiques (cloud, bases de données, infrastructures profondes) comme à celle des grands services budgétaires ou RH, des services et applications, et encadre le lancement des nouveaux grands projets informatiques.

Elle soutient la diffusion de la culture numérique (utilisations des données, recours aux méthodes agiles), la coopération avec la société civile et les écosystèmes innovants (open data, gouvernement ouvert). Elle appuie les services compétents en matière d’achat informatique, de gestion des ressources humaines, de travail législatif ou de négociations internationales.

Pour ce faire, la DINSIC conjugue trois formes d’intervention :

- l’exercice de l’autorité du Premier ministre sur le SI de l’État, afin de veiller à sa fiabilité, sa maîtrise budgétaire et sa sécurité ;

- l’accompagnement des administrations notamment dans la conduite du changement et la construction de démarches mutualisées ;

- la fourniture aux administrations de ressources technologiques (produits, plateformes, données, logiciels : FranceConnect, API Entreprises, API Particulier) et de compétences rares (architectes, datascientists, développeurs agiles).

Les années 2017 et 2018 ont été marquées par une montée en puissance de l’engagement de la DINSIC, notamment avec la conception d’une approche dite « État plateforme », visant à ce que tous les développements informatiques des administrations puissent être utilisés dans leurs missions par d’autres administrations et être ouverts à la société civile chaque fois que cela se révèle utile.
"""

TEXTS["fr02_tech_gouv_nadi_bou_hanna.txt"] = """TECH.GOUV : « Tous les éléments sont réunis pour accélérer la transformation numérique de l’État »

27 juin 2019

En avril dernier, l’État dévoilait TECH.GOUV, son nouveau programme pour accélérer la transformation du service public par le numérique. Une stratégie, assortie d’une feuille de route sur trois ans, pilotée par la direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC). Nadi Bou Hanna, son directeur depuis décembre 2018, en détaille la genèse, les grands axes et projets phares.

À l’aune de ces 6 mois passés à la tête de la DINSIC, quels constats dressez-vous ?

Nadi Bou Hanna - Ces quelques mois m’ont conforté dans l’idée que j’avais d’une très forte attente de clarification de l’action de l’Etat en matière de numérique, à la fois de la part de nos parties prenantes au sein des ministères, à tous les niveaux, mais également en interne à la DINSIC.

Ces 6 mois ont aussi renforcé ma conviction que nous disposons, au sein de l’État et de la DINSIC en particulier, d’une matière première de qualité - c’est-à-dire une pratique des projets, des compétences, une culture du travail en commun et de l’innovation - sur laquelle nous pouvons réellement nous appuyer pour construire une stratégie et surtout la mettre en œuvre. Tous les éléments sont réunis pour accélérer la transformation numérique de l’État et plus largement du service public.

Du côté des Français, quelles sont les attentes vis-à-vis des services publics numériques ?

NBH - Dans les restitutions du Grand débat en matière de numérique, plusieurs idées, complémentaires, m’ont marqué : nos concitoyens ont une attente forte de numérique dans le service public, mais un numérique pour tous, un numérique qui n’isole pas, qui aide et préserve le contact humain. Le secrétaire d’État au Numérique Cédric O en a fait une priorité. Si l’on parvient à concilier tout cela – numérique, inclusion, proximité et lien humain – le service public de demain sera un service public de qualité, et apprécié. Le 3e comité interministériel de la transformation publique (CITP) qui s’est tenu le 20 juin 2019, sous la présidence du Premier ministre, a d’ailleurs rappelé cet objectif de construire un service public numérique pour tout et pour tous.

Au-delà du citoyen, un autre acteur doit être soutenu : l’agent public. Le numérique doit être utilisé non pas pour le remplacer mais au contraire pour mieux l’outiller, lui apporter l’information utile à la prise de décision, et lui donner la possibilité d’être davantage au service des citoyens. Cela nécessitera en particulier de revoir les pratiques managériales au sein de l’État.

L’État vient de lancer un nouveau programme, TECH.GOUV, destiné justement à accélérer la transformation numérique du service public.
Quelles en sont les grandes orientations ?

Dans la lignée des attentes que j’évoquais, TECH.GOUV répond à six enjeux.

Le premier est évident : simplifier la vie des gens. Le deuxième enjeu consiste à réduire les fractures territoriales et administratives qui ont pu se construire au fil du temps.

En troisième lieu, il s’agit de simplifier aussi le quotidien des agents, leurs méthodes de travail et de mettre en place des modes de management à jour et conformes à notre époque pour pouvoir attirer les bons profils au sein de l’État.

Quatrième enjeu : améliorer l’autonomie de L’État en matière de numérique afin de dépendre moins des grands acteurs internationaux – éditeurs, plateformes, opérateurs – et ainsi maîtriser davantage notre destin dans le domaine. Cela, on y parviendra – c’est l’objet du cinquième enjeu – en étant capable au sein de l’État de constituer autour de nous un écosystème d’acteurs de confiance, des PME, des acteurs du numérique, des associations, qui vont relayer nos actions, nos projets, mais aussi construire des services au public en s’appuyant par exemple sur les données ou sur les API (interfaces de programmation) que l’on va mettre à leur disposition.

Sixième et dernier enjeu, enfin, réaliser des économies et contribuer à la maîtrise des dépenses publiques, afin de pouvoir financer les investissements ultérieurs.
"""

TEXTS["fr03_forum_emploi_tech_2020.txt"] = """Talents du numérique : L’État recrute ! Plus de 300 postes à pouvoir pour créer le service public de demain

10 novembre 2020

Pour réussir sa transformation et garantir sa souveraineté numérique, l’État s’emploie à réinternaliser et renforcer une partie des fonctions stratégiques du numérique en attirant au sein de ses administrations centrales et territoriales des talents de la tech aux compétences et aux parcours variés. A cet effet, le 5 novembre, près de 60 jeunes et futurs talents du numérique ont été reçus en immersion aux côtés d’agents de l’État spécialisés dans la tech. Par ailleurs, du 30 novembre au 9 décembre est organisé le Forum de l’emploi tech de l’État regroupant plus de 30 services recruteurs venant de toute la France.

FORUM DE L’EMPLOI TECH DE L’ÉTAT : INSCRIPTIONS OUVERTES EN LIGNE JUSQU’AU 27 NOVEMBRE !

Pour faire connaître ces opportunités aux professionnels de la tech, l’État organise son forum de l’emploi dédié au numérique. Parmi les profils recherchés : Data scientists, UX designer, architectes techniques, urbaniste SI, concepteurs-développeurs, DSI, responsable de la cybersécurité… qu’ils soient jeunes diplômés, salariés dans la tech, ou agents publics. Une condition : être convaincu que le numérique peut être porteur d’amélioration de l’action publique et vouloir placer ses compétences au service de l’intérêt général.

Au programme dans un format 100% en ligne :

- Pendant tout le mois : témoignages d’agents publics de la tech à découvrir sur nos réseaux sociaux ;
- Du 23 au 26 novembre : conférences tech portant sur la culture tech de l’État et du service public ;
- Du 30 novembre au 9 décembre : job dating, présentations de recruteurs et ateliers de coaching.

Restez connectés sur Twitter et LinkedIn

« VIS MON JOB » : RETOUR SUR UNE 1ÈRE ÉDITION PROMETTEUSE POUR ATTIRER DE JEUNES TALENTS TECH

Ainsi engagé à attirer la future génération de spécialistes, le 5 novembre dernier près de 60 étudiantes et étudiants en master dans le numérique ont formé, avec un agent public de la tech, un duo afin de découvrir les opportunités professionnelles qu’offre l’État dans des domaines aussi prometteurs qu’indispensables à sa transformation. Partout en France et pendant une journée, ils ont pu découvrir à distance le métier, le quotidien et l’environnement de travail des agents publics experts du numérique.

« Le contexte de crise actuel met en lumière le numérique, son importance et son potentiel et démontre à nouveau sa nécessité pour transformer l’action publique. Pour construire l’État de demain, nous avons besoin de ces experts numériques. Je me réjouis de la tenue du Forum de l’emploi tech de l’État et espère qu’il convaincra de nombreux talents de venir travailler pour l’intérêt général. »

Amélie de Montchalin, ministre de la Transformation et de la Fonction publiques

Ces événements portés par le ministère de la Transformation et de la Fonction publiques s’inscrivent dans le cadre du programme TECH.GOUV d’accélération de la transformation numérique du service public conduit par la direction interministérielle du numérique (DINUM).

LE FORUM DE L’EMPLOI TECH DE L’ÉTAT EN BREF :

- 4ème année consécutive ;
- Une version 100 % en ligne ;
- Plus de 30 services recruteurs de toute la France ;
- Plus de 300 postes à pourvoir dans les administrations centrales et territoriales ;
- Plus de 1 500 participants en 2019.
"""

TEXTS["fr04_catalogue_gouvtech.txt"] = """L’état encourage l’identification et l’utilisation de solutions numériques du marché pour des services publics encore plus performants

17 mai 2021

Pour améliorer l’efficacité de ses services publics et répondre aux besoins des citoyens, entreprises et agents publics, l’État se saisit de la puissance offerte par le numérique en s’appuyant sur les solutions et outils disponibles sur le marché. Initié par la mission LABEL du programme TECH.GOUV d’accélération de la transformation numérique de l’État, est publié en ligne dès d’aujourd’hui le catalogue GouvTech référençant les solutions et outils numériques du marché pour créer des services publics encore plus performants. Les acteurs de la tech (entreprises et administrations) souhaitant être référencés ou les utiliser, sont invités à en prendre connaissance. Afin de soutenir les administrations ayant besoin d’utiliser des technologies émergentes pour améliorer l’efficacité de leurs politiques publiques, l’État a mis en place un dispositif dédié dans le cadre de France Relance et les incite à candidater dès aujourd’hui.

Avec le catalogue GouvTech, l’État appelle les fournisseurs (public, privé, association…) de logiciels et services numériques à s’engager dans cette démarche de référencement pour favoriser le recours de toutes les administrations à ces solutions existantes les plus pertinentes pour leurs besoins. En plus d’assurer la mutualisation des communs numériques entre la société civile et l’État, l’objectif assumé est ainsi de faciliter l’identification, la sélection de solutions et de gagner en efficience. Pour les fournisseurs, l’opportunité du catalogue revêt un double objectif : accroître la notoriété de leur solution en intégrant une communauté et contribuer à l’amélioration des services publics.

Concrètement, dès septembre, après le référencement de leur solution en ligne, les fournisseurs seront ensuite incités à l’autoévaluer selon près de 70 critères, définis par toutes les parties prenantes associées à la mission LABEL, permettant de rendre visible le niveau de conformité de la solution par rapport aux attentes du secteur public. Parmi les critères: la responsabilité numérique, la conception, la sécurité, l’ouverture des données…. Les acteurs publics utilisant ces solutions et outils pourront quant à eux bénéficier dès septembre d’une plateforme leur offrant la possibilité d’échanger sur l’utilisation d’une solution, d’accéder aux fiches produits détaillées ou à la liste des critères d’autoévaluation.

Depuis juillet 2020, la direction interministérielle du numérique soutenue par la ministre de la Transformation et de la Fonction Publiques, instaure cette démarche de référencement pour évaluer les attentes des acteurs publics en matière d’outils et services numériques et définir des règles de référencement permettant aujourd’hui de mettre à leur disposition le catalogue GouvTech et d’encourager son usage. Pour 2022, l’ambition est d’installer une procédure de labellisation par un tiers que les fournisseurs pourront solliciter pour renforcer l’objectivité des indicateurs jugeant leur solution (autoévaluation, avis des autres utilisateurs).

Inscrit dans le volet Innovation et Transformation Numérique de France Relance, le dispositif «Utiliser des technologies émergentes pour améliorer le service public » offre aux administrations centrales, déconcentrées, laboratoires de recherche publics, ou opérateurs ministériels souhaitant créer de nouveaux services ou moderniser leurs méthodes de travail, la possibilité de bénéficier d’une subvention jusqu’à 48000 euros pour des projets ou expérimentations capables de produire des résultats dans un délai de 3 mois maximum à compter de la date de dépôt du dossier.Parmi les principaux critères de sélection: l’organisation et la gouvernance du projet, les moyens mobilisés pour assurer sa réussite, la rapidité de résultats, l’impact réel ou estimé, sa capacité d’industrialisation et de passage à l’échelle.

Ces dispositifs sont portés par la direction interministérielle du numérique (DINUM) qui intervient sous l’autorité de la ministre de la Transformation et de la Fonction publiques.
"""

TEXTS["fr05_cafe_transfo_culture_numerique.txt"] = """10 enseignements pour insuffler une culture numérique dans l’administration !

21 juin 2021

Le 2 juin dernier, la direction interministérielle du numérique a organisé le premier Café Transfo sur le thème « Comment insuffler une culture numérique dans l’administration ? ». Voici les 10 enseignements tirés des témoignages des différents intervenants.

1. Inclure le numérique dans le socle de compétences de tous les agents publics

Le numérique se développe rapidement et est une composante incontournable de l’action des agents publics. À travers son plan stratégique de transformation « Gend 20.24 », la direction générale de la Gendarmerie nationale (DGGN) prépare les gendarmes à l’impact du numérique sur leurs missions, notamment en les formant à l’intelligence artificielle grâce à un MOOC co-construit avec l’Institut Montaigne, ou en formant son corps d’encadrants au travail et au management en mode « hybride ».

Charles-Antoine Thomas, directeur de la transformation RH à la DGGN, lors du Café Transfo #1, aux côtés de Fadila Leturcq et Marion Loustric de la mission Transfo de la DINUM

À ce titre, la direction interministérielle de la transformation publique (DITP) mène des travaux autour du travail en mode hybride et de l’insertion de nouveaux outils dans le quotidien des équipes, en tenant compte du volet humain et de la transformation des pratiques de travail que cela implique. Elle propose un guide sur le travail en mode hybride ainsi qu’un guide sur les nouvelles pratiques de travail.

2. Engager un partenariat long terme entre les directions du numérique, les directions des ressources humaines et les directions métiers

Les services numériques doivent être conçus main dans la main avec les directions métiers et le développement des compétences des agents ne peut se faire sans une collaboration étroite avec les directions des ressources humaines. Des logiques de partenariats transverses, qu’incarnent très bien le ministère de la Transition écologique en organisant des périodes d’immersion des agents issus des directions métiers au sein de La Fabrique numérique, l’incubateur du ministère, pour développer leur culture « produit » et en co-construisant des parcours de formation avec la direction des ressources humaines.

Cet engagement est soutenu par la Mission Talents de la direction interministérielle du numérique.

3. Anticiper l’évolution des métiers, que ceux-ci soit issus de la filière numérique ou qu’ils en soient éloignés

Le numérique impacte les missions de tous les agents. Le ministère de la Transition écologique a donc engagé une Gestion prévisionnelle des emplois et des compétences (GPEC) pour identifier les compétences de demain des métiers impactés par le numérique et ainsi orienter les parcours professionnels des agents. La direction générale de la Gendarmerie nationale s’appuie notamment sur le numérique en lançant un chantier Zéro papier (numérisation, signature électronique, GED, etc.) afin de dégager du temps de travail aux gendarmes et de l’orienter vers une meilleure prise en charge des agents et des usagers.

Consultez l’étude de la DITP sur la transformation numérique des métiers et informez-vous auprès de la DITP sur l’accélérateur Administration Zéro papier !

4. Impliquer les cadres dirigeants et les managers

Relais de la culture numérique, les managers et les cadres dirigeants doivent être formés et aguerris sur le sujet. C’est la conviction portée par le Cycle Supérieur du Numérique (CSNUM) lancé en 2019 par l’IGPDE pour former les cadres dirigeants du ministère de l’Économie, des Finances et de la Relance. Un programme en 6 séminaires de 2 jours qui mêle conférences d’experts, ateliers d’expérimentation, coaching et learning expedition pour permettre aux cadres dirigeants de mieux comprendre les changements induits par le numérique et de s’inspirer de pratiques innovantes.

Le financement obtenu via le guichet « Accompagner l’appropriation des méthodes de travail numériques au sein des équipes » (SNAP5) du plan France relance en 2021 a vocation à ouvrir ce programme à l’ensemble des ministères.
"""

TEXTS["fr06_forum_emploi_numerique_2022.txt"] = """Numérique : l’État recrute ! 300 postes ouverts lors de son forum de l’emploi.

23 novembre 2022

Pour réussir sa transformation et garantir sa souveraineté, l’État s’emploie à réinternaliser et renforcer une partie des fonctions stratégiques du numérique en attirant au sein de ses administrations centrales et territoriales des talents de la tech aux compétences et aux parcours variés. En compétition avec le secteur privé et l’international pour attirer et fidéliser ces talents, l’État doit désormais être identifié comme un des employeurs phares du numérique. La direction interministérielle du numérique, sous l’autorité du ministère de la Transformation et de la Fonction publiques, organise le Forum de l’emploi numérique de l’État du 1er au 14 décembre en ligne et le 15 décembre à Paris.

PLUS DE 300 POSTES OUVERTS À TOUS LES PROFESSIONNELS DU NUMÉRIQUE

L’État réitère pour la 6ème année consécutive son forum de l’emploi dédié au numérique pour faire connaître ses opportunités à tous les professionnels de la tech. Regroupant plus de 20 services recruteurs issus de la fonction publique d’État et de collectivités territoriales, 300 postes sont à pourvoir lors de cet événement. L’an dernier, près de 2 000 candidats se sont inscrits sur la plateforme de recrutement, près de 350 d’entre eux ont postulé, plus de 200 échanges en ligne ont été organisés entre un candidat et un recruteur, et plus de 300 postes étaient à pourvoir. Parmi les profils recherchés : data scientists, UX designers, architectes techniques, urbanistes SI, concepteurs-développeurs, DSI, responsables de la cybersécurité… qu’ils soient jeunes diplômés, salariés issus du secteur privé ou encore agents publics.

UNE OPPORTUNITÉ DE S’INVESTIR DANS DES PROJETS À FORT IMPACT

Au bénéfice du citoyen comme de l’agent, sur des sujets allant de la transition énergétique en passant par l’économie, la santé, ou encore l’éducation, les opportunités de s’investir dans des projets numériques innovants et de grande ampleur sont nombreuses. Parmi les grands projets du service public de demain : mieux exploiter les données au profit des politiques publiques, déployer des services numériques de qualité aux Français, gagner en efficacité grâce à des outils numériques…

A l’heure où les aspirations professionnelles évoluent, et particulièrement dans le domaine en tension de la tech, placer ses compétences numériques pour construire le service public de demain est une mission qui répond au besoin progressif de sens des candidats.

- En ligne du 1er au 14/12 : speed-jobbing et présentations de recruteurs (inscriptions du 9 au 30/11) ;
- À Paris le 15/12 : conférences sur la culture tech de l’État et du service public, speed-jobbing, espace d’échanges et ateliers de développement professionnels (inscriptions à partir du 16/11).
En savoir plus (inscription obligatoire et dates d’inscription limitées).

« Le 6ème Forum de l’emploi numérique de l’État s’ouvre avec plus de 300 postes sont à pourvoir. L’État porte une ambition forte de transformation numérique au profit des citoyens et des agents. Pour cela, nous recrutons et je veux adresser un appel clair aux talents du numérique : faîtes le choix du service public et investissez vos compétences au service du plus grand nombre ! »

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques.

Cet événement est organisé par la mission Talents de la direction interministérielle du numérique (DINUM) qui intervient sous l’égide du ministère de la Transformation et de la Fonction publiques.

LE FORUM DE L’EMPLOI NUMÉRIQUE DE L’ÉTAT EN BREF :

- 6ème année consécutive ;
- Une version en ligne et à Paris pour tous les candidats en Ile-de-France et en région ;
- Plus de 300 postes à pourvoir dans les administrations centrales et territoriales ;
- Plus de 20 services recruteurs ;
- En 2021, près de 2 000 candidats se sont inscrits sur la plateforme de recrutement, près de 350 d’entre eux ont postulé, plus de 200 échanges en ligne ont été organisés entre un candidat et un recruteur, et plus de 300 postes étaient à pourvoir.
"""

TEXTS["fr07_startups_detat_fast_2023.txt"] = """Startups d’État : beta.gouv.fr dévoile ses réalisations de 2022 et lance une nouvelle version du fonds d’accélération des startups d’état et de territoires pour renforcer l’innovation dans les ministères

8 février 2023

Concevoir des services numériques plus simples et plus efficaces pour tous les Français en s’appuyant sur des méthodes innovantes guidées par l’impact, c’est l’objectif du programme beta.gouv.fr de la direction interministérielle du numérique. Depuis 2013, il accompagne les ministères dans la création et l’évolution de ces services numériques prioritaires à impact, appelés Startups d’État.

Pour répondre à cette mission, le programme beta.gouv.fr de la direction interministérielle du numérique qui intervient sous l’égide du ministère de la Transformation et de la Fonction publiques apporte au travers du fonds d’accélération des Startups d’État et de territoires (FAST) un soutien financier accordé régulièrement aux Startups d’État les plus prometteuses, particulièrement celles liées aux politiques prioritaires du Gouvernement, ayant sollicité cette aide.

Après 11 commissions en près de 4 ans, près de 50 Startups d’État soutenues et plus de 8 millions d’euros investis, le FAST évolue et s’enrichit d’un accompagnement opérationnel et stratégique de 6 mois à travers l’appui d’équipes expertes du numérique en plus du soutien financier qu’il attribuait jusqu’à présent dont le montant s’élève à 50% du budget du projet sur l’année (n’excédant pas 300 000€). L’appel à candidatures pour la 13ème édition est ouvert jusqu’au 15 mai 2023. beta.gouv.fr/approche/fast

Dans cette optique est organisé un événement dédié à cet accélérateur d’innovation le 16 février 2023 à Paris en présence de Stéphanie Schaer, directrice interministérielle du numérique. Les décideurs publics investis à créer le service public de demain sont incités à y prendre part. Au programme : des pitchs des Startups d’État primées lors de la 11ème édition du FAST ayant bénéficié du nouveau format du FAST (Collectif Objets, APiLos, Signaux Faibles, Mon Service Sécurisé, Zéro Logements Vacants, JeVeuxAider), l’annonce des Startups d’État lauréates de la 12ème édition du FAST et des tables-rondes portant sur l’approche « Startup d’État » et l’accompagnement proposé par beta.gouv.fr.
"""

TEXTS["fr08_barometre_collectivites_declic.txt"] = """Transformation numérique des territoires : lancement du baromètre Collectivités & numérique pour renforcer l’accompagnement des acteurs des territoires dans leur transformation numérique en vue de l’accélérer

22 novembre 2023

Dans la dynamique du salon des maires et des collectivités locales qui rassemble cette semaine tous les acteurs des territoires, le programme Transformation numérique des territoires (TNT) de la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, et le réseau Déclic, fédérateur national des Opérateurs Publics de Services Numériques (OPSN), annoncent le lancement du baromètre Collectivités & numérique.

Le niveau de transformation numérique des collectivités territoriales est aujourd’hui encore trop partiellement documenté : il existe peu de données solides, partagées et exhaustives sur le développement des services numériques au sein des collectivités. Pourtant, ces données sont indispensables à un pilotage, et à un accompagnement efficace de la transformation numérique des territoires. Face à ce constat et pour répondre aux besoins des collectivités territoriales de documenter et mesurer leur niveau de transformation numérique, la DINUM et Déclic ont coconstruit le baromètre Collectivités & numérique.

Il vise à établir un état des lieux précis des usages numériques au sein des collectivités, à assurer un meilleur pilotage de la transformation numérique et à mesurer l’impact des actions conjointes de l’État et des acteurs territoriaux.

Pour atteindre ces objectifs, le baromètre s’appuie sur le croisement des données issues de neuf questionnaires thématiques adressés aux collectivités à raison de trois questionnaires par trimestre, et de données existantes au sein des administrations centrales et opérateurs de l’État (Ministères, Agences, etc.). Cette démarche vise non seulement à fournir une vision globale et détaillée des avancées numériques dans les territoires, mais aussi à devenir un outil d’aide à la décision pour chaque acteur impliqué dans ce processus de transformation.

1) Inclusion numérique
2) Cybersécurité
3) Communication avec les administrés
4) Infrastructures numériques du territoire
5) Outils numériques en interne
6) Service public local de la donnée
7) Mise en œuvre des démarches de dématérialisation
8) Services en ligne disponibles pour les habitants et usagers
9) Stratégie numérique

La démarche bénéficie également du soutien d’associations représentantes de collectivités territoriales qui ont souhaité s’associer à la diffusion et la valorisation de cet outil partagé entre État et collectivités territoriales.

Une intervention au salon des maires et des collectivités locales est prévue le 23/11/23 à 14h sur le stand de la DINUM, n°A40.

Prochaine étape : les résultats feront l’objet d’une synthèse annuelle en décembre 2024 et d’un outil en ligne permettant de visualiser et comparer les données récoltées par territoire et par thématique.

Le baromètre Collectivités & numérique est le résultat d’un groupe projet co-piloté par la DINUM et Déclic dans le cadre du programme TNT, associant l’ensemble des associations représentatives des collectivités. Lancé en janvier 2023, suite au comité d’orientation politique (CoPol) réunissant le ministre de la Transformation et de la Fonction publiques et les associations représentatives des collectivités territoriales, ce groupe projet visait à consolider dans un outil de suivi et de pilotage, partagé entre l’État et collectivités territoriales, des indicateurs de déploiement des différents chantiers de la transformation numérique. A l’instar de l’ensemble des groupes projets du programme TNT, ses travaux ont associé des agents d’administrations centrales et de collectivités territoriales afin d’aboutir, dans une démarche de co-construction, au baromètre Collectivités & numérique, porté conjointement par l’ensemble des parties prenantes.

Le programme Transformation numérique des territoires (TNT) est le programme de coopération État – collectivités en matière d’administration numérique dédié à accélérer la transformation numérique de l’action publique dans tous les territoires. La direction interministérielle du numérique assure la direction opérationnelle du Programme TNT, en concertation avec les principales associations représentatives de collectivités territoriales, l’Agence nationale de cohésion des territoires (ANCT) et la direction interministérielle de la transformation publique (DITP).
"""

TEXTS["fr09_guerini_rie_attaques.txt"] = """Stanislas GUERINI se rend auprès des agents publics mobilisés par les attaques informatiques ayant touché les services de l’État

14 mars 2024

Le ministre de la Transformation et de la Fonction publiques Stanislas GUERINI, se rendra, ce vendredi 15 mars, auprès des agents publics mobilisés par les attaques informatiques ayant touché les services de l’État.

Dans le contexte de l'attaque informatique ayant touché les réseaux informatiques de l'Etat, le ministre de la Transformation et de la Fonction publiques Stanislas GUERINI, se rendra, ce vendredi 15 mars, dans les locaux du Réseau Interministériel de l’État (RIE) et dans la cellule assurant la permanence opérationnelle, en collaboration avec l'Agence nationale de la sécurité des systèmes d'information (ANSSI). A ce jour, le RIE a retrouvé un fonctionnement normal et l'impact reste limité grâce à l'engagement des équipes mobilisées.

Le ministre échangera sur place avec les agents publics, qui assurent la permanence au quotidien et en particulier ces 6 derniers jours, pour faire un point de situation et saluer leur mobilisation. Il rappellera également l’importance du rôle du RIE dans la transformation numérique de l'Etat, axe essentiel de sa feuille de route.

PROGRAMME PREVISIONNEL
- 14h45 : Arrivée de Stanislas GUERINI, ministre de la Transformation et de la Fonction publiques. Echanges avec les agents publics du RIE. Hors presse
- 17h00 : Point presse

Pour effectuer une demande d'accréditation, merci de bien vouloir adresser un mail à l’adresse suivante : presse.mtfp@transformation.gouv.fr

Le rendez-vous pour les journalistes accrédités est fixé à 14h30 au 28 rue de la Pilate 35136 Saint-Jacques de la Lande.
"""

TEXTS["fr10_cloud_de_confiance_besoins.txt"] = """L’État publie son recueil des besoins des projets informatiques publics en matière de cloud de confiance

15 avril 2024

L’État publie son recueil des besoins des projets informatiques publics en matière de cloud de confiance et appelle les fournisseurs à répondre à l'appel à projets "Renforcement de l'offre de services cloud" d'ici le 14 mai 2024.

Dans la continuité de l’annonce, le 22 mars 2024, un appel à projets portant sur le renforcement de l’offre française et européenne de services cloud au profit de la souveraineté numérique et de l’IA, Marina Ferrari, secrétaire d’État chargée du Numérique auprès de Bruno Le Maire, ministre de l’Économie, des Finances et de la Souveraineté Industrielle et Numérique, se félicite du premier bilan positif de la doctrine « Cloud au centre » et annonce la publication par la direction interministérielle du numérique (DINUM) d’une liste de services et fonctionnalités indispensables au bon fonctionnement des futurs projets informatiques de l’État.

Celle-ci a été constituée à partir des usages et besoins de l’administration, qui ne cessent de croître depuis l’entrée en vigueur de la doctrine « Cloud au centre » de l’État en 2021 : c’est désormais un nouveau projet par jour qui choisit le cloud comme solution d’hébergement, et les dépenses annuelles de services de cloud commercial ont atteint 34,5 millions d’euros en 2023 pour le secteur public, soit une croissance de 72 % par rapport à l’année précédente.

L’objectif de cette démarche est d’encourager les fournisseurs de services cloud à enrichir les fonctionnalités de leurs offres pour répondre aux nouveaux besoins des acteurs publics avec une gamme de services élargie et adaptée, pour in fine développer des services numériques plus réactifs, centrés sur les utilisateurs, plus performants et plus durables.

La DINUM, avec l’appui de l’Agence nationale de la sécurité des systèmes d’information, a collecté et priorisé les besoins des administrations en matière de services de cloud de confiance, en se basant sur des cas concrets de projets informatiques de l’État. Ce travail a abouti à une liste de services indispensables au bon fonctionnement des projets appelés à être hébergés dans un Cloud de confiance et devrait ainsi permettre d’éclairer les feuilles de routes des fournisseurs de services cloud.

Les 3 priorités suivantes ont été identifiées :
- Étendre les possibilités pour les clients des offres de confiance d’organiser la sécurité, la disponibilité et la résilience des applications critiques qu’ils y déploient ;
- Améliorer la productivité et la réactivité des équipes en charge de ces applications ;
- Fournir des capacités de pilotage des ressources, aussi bien sur le volet économique qu’environnemental.

Cette liste, qui prend la forme d’une expression de besoins priorisés (voir en fin de communiqué), est publiée en lien avec l’appel à projets (AAP) Renforcement de l’offre de services cloud, annoncé le 22 mars dernier. Celui-ci, opéré pour le compte de l’État par Bpifrance, s’inscrit dans le cadre de la stratégie cloud de France 2030 - coordonnée par la direction générale des entreprises - de soutien au développement de l’écosystème français et européen de fournisseurs de services cloud.

La DINUM invite donc les fournisseurs de services SecNumCloud à candidater à cet AAP et met en place une démarche innovante dite de « démonstrateur » permettant un suivi technique fin des projets retenus et identifiés comme contribuant de manière significative à répondre aux besoins fonctionnels identifiés :
- Le projet devra être découpé en phases courtes avec la définition, pour chacune d’entre elles, de cibles techniques
- L’atteinte des cibles sera validée à partir d’applications test spécialement conçues à cet effet
- Le soumissionnaire devra mettre à disposition les ressources en quantité et en temps suffisants pour permettre les vérifications.

La DINUM encourage les fournisseurs à candidater à l’AAP dès la première relève qui aura lieu 14 mai 2024 à 12h00. Une seconde relève est prévue le 2 octobre 2024 à 12h00.
"""


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, text in TEXTS.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
