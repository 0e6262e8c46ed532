#!/usr/bin/env python3
"""Write fresh84/texts: 12 French news items and communiqués of the SGMAP/DINSIC/DINUM (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file (the commit it reported
for the stored version read is in SOURCES below) and the plain text was transcribed from that reading
into TEXTS below by hand (no program read the raw Markdown; this script only writes the result), with
these rules (the same as fresh76's, fresh78's and fresh81's):

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ');
  blank line; dateline = the front matter's `date`, written "25 juin 2013" ("1er ..." for day 1); blank
  line; body.
- the front matter's `chapeau-text` (or `chapeau`) is the first body paragraph (a "\\n\\n" escape in a
  double-quoted chapeau gives a paragraph break); other front-matter fields (images, files, press
  contacts, tags) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote/box marks, "<br>", "{: ...}" markers, HTML tags (the words of an HTML box kept, "<li>" items
  written "- text"); a link "[text](address)" keeps its text; a line that is only a link or a button
  ("Consulter ...", "En savoir plus ...", "Découvrir les lauréats ... | ...", "(Re)découvrez ...",
  "Pour en savoir plus : ...") is dropped; list items "* text" and "• text" written "- text"; a newline
  inside a sentence (hard wrap) is joined with one space; trailing spaces dropped; double spaces inside
  lines kept as in the source.
- cuts and other omissions (e-mail addresses, press-contact lines, bare URLs): see README.md ("What
  was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_dataconnexions_3_laureats.txt": (
        "_actualites/concours-dataconnexions-number-3-et-les-gagnants-sont-dot-dot-dot.markdown",
        "11b18b12e6d1f10cfaf9fcbcfae42732acbc38d0"),
    "fr02_ami_intelligence_artificielle_2018.txt": (
        "_communiques/le-gouvernement-lance-lexperimentation-de-lintelligence-artificielle-dans-ladministration.markdown",
        "0409949f944b4a0ea4a5780add8cd6f869ee10b3"),
    "fr03_nosdemarches_lancement.txt": (
        "_communiques/lancement-du-site-nosdemarches.gouv.fr-pour-evaluer-les-demarches-en-ligne.markdown",
        "0c4b9c0978da0320a7875c3bd54a1d241e3bba71"),
    "fr04_rgaa_quatrieme_version.txt": (
        "_communiques/accessibilite-numerique-publication-de-la-quatrieme-version-du-rgaa.markdown",
        "20c0b7ce1b5f1a19c690662eca007e89fdc3d3fc"),
    "fr05_observatoire_covoiturage_france_relance.txt": (
        "_communiques/france-relance-lancement-accelere-de-lobservatoire-du-covoiturage-grace-au-dispositif-innovation-et-transformation-numerique-de-letat.markdown",
        "1390bf00c3fe8dddbae5253dc79cd22de0e37fe9"),
    "fr06_mon_franceconnect_experimentation.txt": (
        "_communiques/lancement-de-lexperimentation-de-mon-franceconnect-letat-accelere-la-simplification-des-demarches-administratives.markdown",
        "31defa3c96d2d8d994d0ddeadd3ef537af831b41"),
    "fr07_panorama_14e_edition.txt": (
        "_actualites/14e-edition-du-panorama-des-grands-projets-numeriques-de-letat-la-securisation-a-son-meilleur-niveau.markdown",
        "0ee4126d489c90d997666e8b571518ae5a87ed6b"),
    "fr08_accelerateur_initiatives_citoyennes_saison_2.txt": (
        "_communiques/accelerateur-dinitiatives-citoyennes-coup-denvoi-de-la-saison-2-et-de-premiers-laureats-annonces.markdown",
        "55382b2a7997fd81d5d73dc9c087438a1bfc3b2d"),
    "fr09_franceconnect_plus_1_million.txt": (
        "_communiques/franceconnect-plus-1-million-dusagers-accedant-a-des-demarches-en-ligne-sensibles-de-maniere-simple-et-securisee.markdown",
        "36b0017af747dbc66520d72d86d1b0ae27544a35"),
    "fr10_dinum_organisme_certificateur.txt": (
        "_communiques/la-dinum-devient-organisme-certificateur.markdown",
        "12bf7d2ba28258b50ac4d4053db38c8620c203bf"),
    "fr11_choisir_le_service_public_2024.txt": (
        "_communiques/choisir-le-service-public-2024-plus-4-000-offres-a-pourvoir-dans-le-numerique.markdown",
        "3b6a8bad8acd586d0b54ecd3c2164585e84a85b5"),
    "fr12_femmes_et_numerique_temoignages.txt": (
        "_communiques/femmes-et-numerique-la-direction-du-numerique-de-letat-publie-une-serie-de-11-temoignages-pour-valoriser-soutenir-et-accelerer-les-parcours-des-femmes-au-sein-du-numerique-de-letat.markdown",
        "1b0b2db5c11a29fa87c93288679cffc2324ece06"),
}

TEXTS = {}

TEXTS["fr01_dataconnexions_3_laureats.txt"] = """Concours Dataconnexions #3 : et les gagnants sont ...

25 juin 2013

Pour cette 3ème édition du concours Dataconnexions le 24 juin dernier placée sous le thème du tourisme, le Jury, présidé par Benoît Sillard, président du groupe CCM Benchmark, a porté son choix sur 6 projets innovants. Découvrez les lauréats.

Un moment de rencontre entre porteurs de projets et acteurs de l’innovation

Plusieurs fois par an, le concours Dataconnexions récompense les meilleures applications, services ou visualisations de données qui réutilisent de la donnée publique. Un Jury composé de 30 personnalités qualifiées du numérique et de la sphère économique sélectionne les lauréats de chaque concours.

Et les lauréats sont…

- Dans la catégorie « Grand Public », le lauréat est le projet VROOM VROOM

Le portail d’aide à l’apprentissage de la conduite. VroomVroom.fr vous aide à trouver la meilleure auto-école près de chez vous et à mieux vous préparer au permis grâce à de nombreux services innovants.

Contact : Edouard Schlumberger

- Mention Spéciale du Jury pour le projet CAP 133

Le législateur exige d’un acheteur qu’il publie annuellement la liste des marchés attribués par lui. Problème : ces publications ne sont pas coordonnées entre elles et difficile d'accès. Faute d’une base de données commune, il est compliqué d’exploiter ces informations essentielles. Pour répondre à cette problématique, le projet Cap 133 s’est donné pour mission de collecter ces données (publiques), de les convertir sous un format commun avant que de les rendre accessibles sur Internet. Grâce à des fonctionnalités innovantes, tout acheteur, entreprise, acteur institutionnel ou opérateur, pourra ainsi évaluer les politiques d’achat des donneurs d’ordre, identifier les marchés attribués & leurs budgets, disposer de précieux tableaux de bord et études concurrentielles ou de positionnements des entreprises sur l’ensemble du territoire français.

Contact : Dan Cebile

- Dans la catégorie « Professionnel » le lauréat est le projet ENIGMA

Enigma est une vaste collection de données publiques, couplée d'un outil de recherche et de découverte. Il permet de trouver des faits et des liens cachés à travers des sources de données disparates et cloisonnées. Enigma consiste d'une application web de recherche et manipulation des données brutes, ainsi qu'un API pour l'intégration des données à des applications tierces.

Contact : Raphael Guilleminot

- Dans la catégorie « Utilité Publique », le lauréat est le projet HANDISTRICT

Handistrict cherche à créer une cartographie de l'accessibilité en France. Tous les types d'établissements recevant du public sont représentés : hôtels, restaurants, musées, établissements publics, salles de spectacles, etc. L'accessibilité est renseignée pour toutes les formes de handicap : moteur, auditif, visuel et mental.

Contact : François-Xavier Bois

- Dans la catégorie « Tourisme », les lauréats sont les projets TRANQUILIEN

Tranquilien est une application de transport permettant de connaitre à l'avance le taux de remplissage des trains. Cela permet de choisir celui dans lequel les voyageurs seront le plus à l'aise. Cela a pour effet de lisser les heures de pointes en diffusant les passagers sur un plus grand nombre de trains. Tranquilien est enfin un outil d'aide à la décision prédictif pour les opérateurs de transports pour déterminer à l'avance la charge dans le réseau et de planifier la capacité et le cadencement des trains. Tranquilien est la première application de ce type lancée, en partenariat avec SNCF Transilien.

Contact : Rand Hindi

- et TOURISM CONNEXION 04

Le projet « Tourisme Connexion 04 » est un système d'information qui produit de l'open data "par défaut" et une démarche transfrontalière qui a pour objectif de bâtir un « Nouveau Territoire Numérique » sous l'impulsion de l’Agence de Développement Touristique des Alpes de Haute-Provence (ADT 04)  et l’Agence de Tourisme Locale (ATL) de Cuneo (Italie).

Contact : Jean-Marc Lazard
"""

TEXTS["fr02_ami_intelligence_artificielle_2018.txt"] = """Le gouvernement lance l’expérimentation  de l’intelligence artificielle dans l’administration

14 juin 2018

L’intelligence artificielle (IA) est un enjeu d’avenir. Avec AI for humanity, lancé en mars 2017, le gouvernement souhaite que l’État se saisisse pleinement du potentiel de l’IA et l’intègre dans la conduite de ses missions, pour un meilleur service rendu aux usagers.

Pour initier ce mouvement, la direction interministérielle du numérique et du système d'information et de communication de l'Etat (DINSIC) et la direction interministérielle de la transformation publique (DITP) lancent, dans le cadre du programme d’investissements d’avenir (PIA), un appel à manifestation d'intérêt (AMI) pour expérimenter l’intelligence artificielle dans les services publics. La Caisse des dépôts et consignations (CDC) en est l’opérateur administratif et financier. Le Secrétariat général pour l'investissement (SGPI) coordonne l’ensemble du PIA.

Destiné aux opérateurs directs de services publics au niveau de l’État (ministère, opérateur national, etc.), cet AMI s’adresse essentiellement à des acteurs publics désireux d’expérimenter à la fois des approches (techniques d’intelligence artificielle) et des modes de travail innovants (méthodes « agiles ») pour aborder sous un autre angle leurs problématiques métier. Pendant 10 mois (sur la période 2018 et 2019), les lauréats bénéficieront d’un accompagnement :

- technique, pour monter en compétence sur les technologies d'intelligence artificielle,
- tratégique, pour appréhender la transformation du métier associée aux technologies d'intelligence artificielle.

À la clé ? Un prototype fonctionnel expérimenté auprès d’utilisateurs (agents ou administrés).

Les lauréats seront sélectionnés sur les critères suivants :
- Bénéfices potentiels internes et externes pour l’action publique, liés à l’utilisation de l’IA sur le périmètre métier proposé ;
- Pertinence technique du projet ;
- Composition de l’équipe d’agents publics impliqués dans le projet ;
- Existence et accessibilité des données nécessaires ;
- Prise en compte des risques éthiques.

Avec cette expérimentation, nous montrons que l’État aussi est prêt à se saisir du potentiel de l’Intelligence artificielle pour transformer l’administration en profondeur et libérer la créativité de ses agents, afin d’offrir aux citoyens un service public plus performant et proche de leurs besoins

Mounir Mahjoubi, secrétaire d’État auprès du Premier ministre, chargé du Numérique.
"""

TEXTS["fr03_nosdemarches_lancement.txt"] = """Lancement du site nosdemarches.gouv.fr pour évaluer les démarches en ligne

2 juillet 2018

100% des démarches administratives accessibles en ligne au 1er janvier 2022 : c’est l’une des mesures phares annoncées par le gouvernement pour accélérer la transformation numérique de l’administration française menée dans le cadre du programme Action Publique 2022.

Premier pas vers cet objectif annoncé lors du Comité interministériel de la transformation publique (CITP) du 1er février 2018 : le lancement en mars dernier, de demarches-simplifiees.fr, permettant aux administrations de dématérialiser facilement les démarches encore gérées sur papier. Le site comptabilise aujourd’hui plus de 30 000 démarches dématérialisées.
La direction interministérielle du numérique et du système d’information et de communication de l’Etat (DINSIC) lance aujourd’hui le site NosDemarches.gouv.fr, tableau de bord ouvert et contributif des démarches administratives accessibles en ligne. Destiné aux usagers, NosDemarches.gouv.fr répond à une double ambition :

- mesurer la satisfaction des usagers concernant les démarches en ligne existantes afin d’identifier les démarches exemplaires et celles ayant besoin d'être améliorées,
- identifier les démarches papier à dématérialiser en priorité.

Grâce à NosDemarches.gouv.fr, les usagers, les agents publics ou encore les spécialistes de l’accompagnement des utilisateurs (Maisons de services au public, Point d'Information et de Médiation Multi Services, etc.) pourront :

- donner leur avis sur une démarche en ligne (déclaration d’impôts, demande d’acte de naissance, etc.),
- consulter les avis exprimés par la communauté des utilisateurs,
- demander la dématérialisation d’une démarche papier,
- suivre l’avancement de la dématérialisation des démarches administratives.

Les associations d’usagers et organismes professionnels pourront également y signaler les éventuels problèmes rencontrés par leurs mandants en effectuant leurs démarches en ligne.

NosDemarches.gouv.fr sera régulièrement mis à jour grâce aux retours utilisateurs, dans une logique d’amélioration continue. Cet outil a vocation à devenir le tableau de bord de suivi de la dématérialisation des démarches administratives. Il affichera l’état d’avancement de la dématérialisation aussi bien pour les administrations que pour les usagers, dans une volonté de transparence.
Le gouvernement franchit ainsi une nouvelle étape vers la totalité des démarches administratives accessibles en ligne, et espère ainsi rapprocher les citoyens de leurs administrations et améliorer la qualité des services publics rendus.

Avec cet outil ouvert et contributif, nous souhaitons associer les usagers et utilisateurs de démarches en ligne à la transformation numérique de la France, car celle-ci ne peut se faire sans ceux qui la vivent au quotidien. Mieux connaître vos besoins, vos attentes et vos irritants pour orienter en conséquence la dématérialisation des services publics : c’est cela que permet la nouvelle plateforme nosdemarches.gouv.fr

Mounir Mahjoubi, secrétaire d’État auprès du Premier ministre, chargé du Numérique
"""

TEXTS["fr04_rgaa_quatrieme_version.txt"] = """Publication de la quatrième version du RGAA

1er octobre 2019

10 ans après la création du RGAA - le référentiel général d’accessibilité des administrations - la direction interministérielle du numérique (DINSIC) publie sa quatrième version. À cette occasion, il change de nom pour devenir le référentiel général d’amélioration de l’accessibilité (le sigle reste le même).

Nouveauté notable de cette 4e version, il ne s’adresse plus seulement aux administrations, mais aussi à certains acteurs privés. Il est également renforcé de nouvelles obligations. La vocation de ce référentiel reste inchangée : faire en sorte que les services numériques soient réellement accessibles à tous les citoyens, qu’ils soient ou non en situation de handicap.

Une mise à jour nécessaire

Les obligations légales, tout comme les standards internationaux d’accessibilité sur lesquels se fonde le RGAA, évoluent régulièrement et nécessitent des mises à jour du référentiel. Cette 4e version prend ainsi en compte :

- la mise à jour 2018 de l’article 47 de la loi pour l’égalité des droits et des chances de 2005 (« loi handicap »)
- le décret Accessibilité numérique du 24 juillet 2019 (qui, avec l’article 47 de la loi handicap, transpose la directive européenne relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public)
- les évolutions 2018 de la norme internationale WCAG, c’est-à-dire les règles pour l’accessibilité des contenus web (en anglais « web content accessibility guidelines »), élaborées par l’organisme de standardisation du web (W3C)
- la révision 2018 de la norme européenne en matière d’accessibilité des produits et services TIC (EN 301 549 V2.1.2 – pdf, en anglais)

Des obligations renforcées

Jusqu’à ce jour, le RGAA s’appliquait aux administrations d’État et aux collectivités territoriales. La nouvelle version s’étend désormais aux organismes privés chargés d’une mission de service public ou d’intérêt général, ainsi qu’à toute entreprise réalisant un chiffre d’affaires annuel en France de 250 millions d’euros et plus.

Ces organismes publics et privés doivent mettre aux normes d’accessibilité leurs supports numériques de tout type : sites internet (d’information ou de services), sites intranet et extranet, progiciels, applications mobiles et mobilier urbain numérique (comme les distributeurs de titres de transport).

Ils sont tenus d’appliquer les nouvelles obligations dans les délais suivants :

- les sites internet, intranet et extranet créés depuis le 23 septembre 2018, date d’entrée en vigueur de la directive européenne, doivent se conformer dès maintenant aux nouvelles obligations ;
- les sites internet, intranet et extranet créés avant le 23 septembre 2018 ont jusqu’en septembre 2020 pour s’y conformer.

Autre nouveauté, il est désormais imposé de rendre compte en ligne du niveau d’accessibilité d’un service numérique, ainsi que de la politique menée dans le domaine, sous peine de sanctions financières.

Plus de clarté

Pour cette nouvelle version du RGAA, les contenus du référentiel ont été restructurés et, pour plus de clarté, rassemblés en un seul document. De par son caractère règlementaire, cette v4 se concentre sur les obligations et les critères obligatoires d’accessibilité auxquels sont soumis les services numériques.

La DINSIC publiera dans les semaines qui viennent un document séparé listant les critères non obligatoires issus des normes internationales. Elle espère ainsi encourager les éditeurs de services numériques à aller au-delà des exigences légales, pour une inclusion toujours plus forte.
"""

TEXTS["fr05_observatoire_covoiturage_france_relance.txt"] = """France Relance : lancement accéléré de l’observatoire du covoiturage grâce au dispositif innovation et transformation numérique de l’État

26 avril 2021

La stratégie de la donnée de l’État consiste à simplifier les  formalités  administratives, appuyer la prise de décision et créer  des  services  numériques innovants en accélérant la circulation des données. En se saisissant de la puissance de la donnée, l’observatoire national du covoiturage au quotidien s’attache à suivre l’évolution des pratiques et évaluer l’impact des mesures actuelles pour adapter les politiques publiques de covoiturage. Lauréat du premier appel à projets incitant le développement de l’utilisation de la donnée par l’administration inscrit dans le plan France Relance, ce projet va bénéficier d’un soutien financier à hauteur de 75% accélérant concrètement son lancement. Les administrations souhaitant faire de même sont invitées à candidater au second appel à projets dès aujourd’hui et jusqu’au 21 mai 2021.

Partant du constat que 3% des Français covoiturent dans leurs trajets domicile-travail et compte tenu des intérêts environnementaux, économiques et sociaux qu’offre ce mode de déplacement, le Gouvernement a lancé en 2019 un plan national avec l’objectif de tripler la part du covoiturage dans les déplacements du quotidien, notamment domicile-travail d’ici 2024. Pour offrir de la visibilité aux collectivités et permettre aux usagers d’attester leurs trajets, la Startup d’Etat « Registre de preuve de covoiturage » accompagne les territoires à mettre en œuvre des politiques publiques encourageant cette pratique.

En 2021, le ministère chargé des Transports et le ministère de la Transformation et de la Fonction publiques ont souhaité co-financer, dans le cadre de France Relance, une nouvelle extension du plan covoiturage, en valorisant les données du registre. Dans ce cadre, est lancée la construction d’un observatoire national du covoiturage ayant l’objectif de qualifier les indicateurs du Registre de preuve de covoiturage, de les consolider avec des jeux de données (tels que l’offre de mobilités, la pollution de l’air, le trafic routier), de les vulgariser via une plateforme de visualisation et de cartographies et d’accélérer leur automatisation ouvrant les données en open data tout en respectant la vie privée des usagers et le secret des affaires. En plus d’analyser l’évolution des pratiques des usagers, cela permet aux collectivités et entreprises de France d’évaluer l’impact des mesures prises, de les ajuster, mais aussi et surtout de mettre en lumière leurs besoins réels. Les usagers peuvent quant à eux bénéficier des mesures prises par leurs communes ou entreprises incitant cette pratique (par ex la région Pays de la Loire encourage les conducteurs et passagers en mettant en place des aides). Le lancement de l’observatoire est prévu fin 2021.

Inscrit dans le volet innovation et transformation numérique de France Relance, l’appel à projets « Développer l’utilisation de la donnée dans votre administration » géré par le département Etalab de la DINUM donne aux administrations la possibilité d’obtenir un cofinancement pour leurs projets autour du pilotage public par la donnée, de l’échange de données entre administrations, de leur exploitation ou de leur ouverture. Réaffirmée par la ministre de la Transformation et de la Fonction publiques le 4 mars dernier, la stratégie data du Gouvernement encourage l’ouverture et la transparence des données afin que les administrations puisse mieux s’outiller pour piloter leurs politiques publiques. Sélectionnées selon l’impact réel ou potentiel, la pertinence technique, la crédibilité et la pertinence du projet, les administrations ont jusqu’au 21 mai 2021 pour candidater au second appel à projets.

Lancée dans le cadre du programme beta.gouv.fr de la direction interministérielle du numérique (DINUM) sous l’égide du ministère de la Transformation et de la Fonction publiques, les plateformes Registre de preuve de covoiturage et l’observatoire sont portées par la direction générale des infrastructures, des transports et de la mer (DGITM) du ministère chargé des Transports et le concours de toutes les collectivités qui, par la production de données, contribuent améliorer les politiques publiques en matière de transports plus responsables.
"""

TEXTS["fr06_mon_franceconnect_experimentation.txt"] = """Lancement de l’expérimentation de Mon FranceConnect : l’État accélère la simplification des démarches administratives

1er décembre 2021

La ministre de la Transformation et de la Fonction publiques lance aujourd’hui le service en ligne Mon FranceConnect, qui permet aux citoyens de disposer facilement de justificatifs administratifs à jour pour réaliser leurs démarches, de consulter leur situation auprès des administrations, et de rectifier leurs données si nécessaire.

FranceConnect est déjà utilisé par plus de 32 millions de Français. Il s’est imposé comme l’un des outils majeurs de simplification administrative dans le quotidien des Français notamment au cours de la crise sanitaire, leur évitant d’avoir recours à de multiples identifiants et mots de passe.

Pour renforcer cette dynamique, la ministre de la Transformation et de la Fonction publiques lance aujourd’hui un nouveau service en ligne, Mon FranceConnect, qui vise à accélérer la simplification administrative.

Dès le 1er décembre 2021, les citoyens qui le souhaitent pourront rejoindre l’expérimentation, ouverte dans un premier temps à un panel de 25 000 personnes. Les Français intéressés pour participer à cette phase de test sont invités à se connecter grâce à FranceConnect sur mon.franceconnect.gouv.fr. Lancé en version beta, le service évoluera tout au long de l’expérimentation en intégrant les retours des usagers.

Grâce à Mon FranceConnect, les Français pourront obtenir en quelques clics leurs justificatifs et les réutiliser dans leurs démarches administratives. Quatre justificatifs sont déjà disponibles :

- le justificatif de revenu fiscal de référence ;
- la preuve d’inscription à Pôle Emploi ;
- les droits à l’Assurance maladie ;
- le quotient familial de la Caisse nationale des allocations familiales.

Cette liste s’enrichira dans les prochains mois, en s’appuyant sur les demandes formulées par les citoyens. Mon FranceConnect permettra également de consulter sa situation auprès des administrations et de modifier les données si nécessaire. Enfin, Mon FranceConnect donne accès au citoyen sur l’historique des données échangées entre les administrations, pour renforcer la transparence et la protection des données personnelles.

L’État invite par ailleurs les collectivités territoriales à participer à ce projet et à proposer dans leurs démarches en ligne le recours à Mon FranceConnect. Les premières à le faire seront les villes de Créteil, Issy-les-Moulineaux, Saint-Ouen et Evry-Courcouronnes.

L’expérimentation de « Mon FranceConnect » est encadrée par le Décret n° 2021-1538 du 29 novembre 2021 relatif à l'expérimentation du téléservice dénommé « Mon FranceConnect », disponible sur Légifrance.
"""

TEXTS["fr07_panorama_14e_edition.txt"] = """14e édition du panorama des grands projets numériques de l’État : la sécurisation à son meilleur niveau

15 décembre 2021

Chaque semestre, la DINUM publie un état des lieux des projets informatiques majeurs de l’État, notamment tous ceux dont le coût dépasse 9 M€. Cette 14e édition du panorama des grands projets numériques de l’État enregistre les plus bas taux de glissements depuis la première édition.

Une sécurisation au plus fort
Voilà 4 éditions consécutives du panorama que les taux de dérive des grands projets numériques de l’État, tant calendaire que budgétaire, ne cessent de baisser. Ce 14e panorama enregistre ainsi des taux inédits, au plus bas depuis sa première publication fin 2016, pour la première fois depuis cinq ans tous deux sous la barre des 20% : 13,5% de glissement budgétaire moyen (-14,9 points par rapport à novembre 2020) et 15,4% de glissement calendaire moyen (-9,2 points). En deux ans, les progrès accomplis correspondent à des dépenses évitées d’environ 600 M€.

Une coopération renforcée qui porte ses fruits
Ces excellents résultats sont pour l’essentiel le fruit des efforts collectifs des ministères, avec l’appui de la DINUM, entrepris depuis 2 ans pour renforcer le pilotage des grands projets, réduire leur taille et positionner des jalons intermédiaires permettant de détecter d’éventuelles défaillances le plus tôt possible.

C’est aussi le succès d’un changement de paradigme : depuis le programme d’accélération de la transformation numérique du service public TECH.GOUV, la DINUM a complété son action historique d’audit par une offre de conseil, qui intervient en amont pour cadrer les projets, mais aussi au cours des projets pour rectifier leur trajectoire avant que l’administration n’en perde définitivement le contrôle. Ainsi mieux cadrés dès le début, mieux pilotés, les projets partent et restent sur de bons rails et les risques de dérives sont réduits.

La 14e édition en bref :
- 50 grands projets numériques suivis
- 2,62 milliards d'euros de coûts complets estimés
- 4 projets sortants et 5 projets entrants renouvelé
- Des taux d'écart au plus bas

FranceConnect prend son envol
Cette édition du panorama voit sortir de ses colonnes un projet majeur de la transformation numérique de l’État au bénéfice des usagers : FranceConnect. La solution qui simplifie l’identification et l’authentification aux démarches en ligne, développée et opérée par l’État au sein de la DINUM, y était suivie depuis plus de 7 ans. Sa phase 2, dédiée à son déploiement à grande échelle, est désormais achevée. Montée en charge réussie !

Avec 31 millions d’utilisateurs dont 10 millions qui l’utilisent plus de 4 fois par an, et plus de 200 millions de connexions mensuelles, FranceConnect s’est installé durablement dans l’écosystème numérique et le quotidien des Français. Il permet aujourd’hui d’accéder facilement à plus de 1100 démarches en ligne, publiques et privées, et poursuit toujours plus loin son essor. Son offre de services s’étoffe, notamment avec FranceConnect+ qui permet désormais d’accéder à des démarches plus sensibles avec des identités encore plus sécurisées et prochainement de se connecter à des services en ligne européens.

5 grands projets numériques entrants
5 nouveaux projets majeurs font leur entrée et seront désormais suivis dans notre tableau de bord : France Sésame (mise en place d’un point de contact unique aux frontières), la refonte du système d’immatriculation des véhicules (SIV), Procédure pénale numérique (PPN), Intelligence emploi (outil de soutien à l’accompagnement des demandeurs d’emploi) et Géoplateforme (plateforme nationale des données géographiques souveraines).
"""

TEXTS["fr08_accelerateur_initiatives_citoyennes_saison_2.txt"] = """Accélérateur d’initiatives citoyennes : coup d’envoi de la saison 2 et de premiers lauréats annoncés

16 mai 2023

Promouvoir et renforcer les coopérations entre l’État et les initiatives citoyennes, en soutenant des projets au service de l’intérêt général, c’est la promesse du programme Accélérateur d’initiatives citoyennes (AIC). Sous l’égide du ministère de la Transformation et de la Fonction publiques, la direction interministérielle du numérique (DINUM) lance, en partenariat avec la direction interministérielle de la transformation publique (DITP), le coup d’envoi de la saison 2 concentrée, cette année, sur les communs, et de premiers projets lauréats.

Fort de l’expérience de la saison 1 ayant permis d’accompagner 9 projets en 2022, le programme AIC se pérennise et concentre son soutien sur les projets de gestion et de préservation des « ressources d’intérêt commun ». Concrètement, les porteurs de projets lauréats bénéficieront d’un accompagnement méthodologique, technique, administratif et financier  pour une durée d’un an afin qu’ils puissent consolider leur modèle et franchir des étapes critiques pour leur développement.

Dès le mois de mai, c’est Open Food Facts et Primtux qui en bénéficieront ; uMAP et Pyronear débuteront l’accompagnement en septembre.

- Open Food Facts : base de données de produits alimentaires créée par tous et pour tous pour faire de meilleurs choix alimentaires va consolider son modèle et à élargir son impact à l’impact carbone des produits, en lien avec la Startup d’État Ecobalyse (Ademe).

- Primtux : un espace d’apprentissage pour les 3-10 ans, développé par une équipe de  professeurs des écoles et de passionnés de l’informatique dans le milieu éducatif présents sur tout le territoire. Cette suite GNU/Linux complète et personnalisable convient à tous types de PC, même anciens. Le projet est soutenu par le ministère de l'Éducation nationale de la Jeunesse et accélérera son déploiement territorial.

- uMAP : porté par Open Street Map, uMAP permet de créer des cartes personnalisées sur des fonds OpenStreetMap en un instant et les afficher dans des sites internet.

- Pyronear : un dispositif ouvert de détection précoce de départs de feu testé en Ardèche et qui souhaite accélérer son déploiement sur d’autres sites.

L’objectif de l’accompagnement « communs numériques » piloté par la DINUM, est de tisser des liens durables entre les politiques publiques et l’action structurante de communs numériques, vecteurs d’une société plus résiliente, sobre et souveraine dans les outils et infrastructures numériques qu’elle mobilise.

Avec le programme Accélérateur d’initiatives citoyennes intégré au sein de l’incubateur de services numériques de beta.gouv.fr et la mobilisation de toutes ses équipes, la DINUM poursuit un objectif double : mobiliser l’expertise et l’engagement des contributeurs, citoyens et agents publics pour résoudre avec le numérique les problèmes de l’action publique et contribuer en alliance avec des acteurs tiers voire d’autres pays, à des outils numériques mutualisés et souverains.

A ce titre, la DINUM devient partenaire de l’événement Numérique en Commun(s) qui se tiendra à Bordeaux du 19 au 20 octobre, au sein duquel elle présentera les résultats de ses travaux sur les communs numériques.

Le programme AIC a été lancé en 2021 par le Président Emmanuel Macron lors du 7ème sommet mondial du Partenariat pour un Gouvernement Ouvert (PGO). Porté par la DINUM au sein de l’incubateur de services numériques de la DINUM ou beta.gouv.fr, en partenariat avec la DITP, l’objectif est de promouvoir et renforcer les coopérations entre l’État et la société civile, en soutenant des projets au service de l’intérêt général.
"""

TEXTS["fr09_franceconnect_plus_1_million.txt"] = """FranceConnect+ : 1 million d’usagers accédant à des démarches en ligne sensibles de manière simple et sécurisée

4 juillet 2023

Afin de simplifier et sécuriser l’accès aux démarches les plus sensibles nécessitant une sécurité accrue telles que l’ouverture d’un compte bancaire, la consultation de son dossier médical ou de lettres recommandées électroniques, l’État a mis en place FranceConnect+ en 2021. Fort du succès de FranceConnect utilisé par plus de 40 millions d’usagers et disposant de la confiance des Français à hauteur de 74% (baromètre de l’association de l’économie numérique (Ascel), sur la confiance des Français dans le numérique en 2022), FranceConnect+ est une version encore plus sécurisée de FranceConnect venant d’atteindre un million d’usagers.

Avec une authentification renforcée, à deux facteurs, similaire à ce que les usagers connaissent déjà pour leurs transactions bancaires, FranceConnect+ simplifie et sécurise l’accès à des démarches sensibles incluant des transactions financières ou la consultation de données personnelles telles que le dossier médical ; et est aussi une solution pour lutter contre les tentatives de fraudes et répondre aux exigences de sécurité de ces démarches. Ce sont les raisons pour lesquelles FranceConnect+ est devenue, depuis octobre 2022, la clé d’entrée pour acheter une formation sur la plateforme moncompteformation.gouv.fr liée au Compte personnel de formation (CPF) ayant eu pour effet de réduire drastiquement les problématiques de fraudes rencontrées et lutter contre l’usurpation d’identités.

À ce jour, FranceConnect+ s’appuie sur L’Identité Numérique La Poste, premier partenaire du dispositif. Pour s’authentifier avec ce service, l’usager s’identifie avec son numéro de téléphone mobile, reçoit une notification sur son smartphone via l’application, saisit le code secret qu’il a choisi et poursuit sa démarche en toute sécurité. D’autres identités numériques, en cours de qualification par l’ANSSI, seront proposées via FranceConnect+ prochainement.

« Plus d’un million de Français utilisent FranceConnect+ au quotidien. Ce dispositif mis en place par le Gouvernement pour protéger les démarches des Français avec leurs services publics porte ses fruits et renforce d’ores et déjà la confiance numérique. Nous devons poursuivre cet effort : comme annoncé par la Première ministre, nous généraliserons donc progressivement l’usage de FranceConnect+ pour garantir la sécurité des démarches publiques les plus sensibles. »

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques

FranceConnect+ a été créé et est opéré par la direction interministérielle du numérique (DINUM) sous l’égide du ministère de la Transformation et de la Fonction publiques.
"""

TEXTS["fr10_dinum_organisme_certificateur.txt"] = """Attractivité et fidélisation des compétences tech dans l’État : la DINUM devient organisme certificateur pour les intrapreneurs de startups d’État engagés dans la conception d’un service public numérique. Cinq intrapreneurs en bénéficient dès aujourd’hui

19 septembre 2023

Pour encourager l’intraprenariat et la création de services numériques basés sur l’approche beta.gouv.fr, la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministre de la Transformation et de la Fonction publiques, devient un organisme certificateur de compétences pour les intrapreneurs de Startups d’État, leur permettant de bénéficier de la certification « Concevoir un service public numérique au sein de l'État ». À l’occasion de l’événement du 18 septembre 2023 portant sur le numérique et les politiques prioritaires du Gouvernement, 5 agents publics exerçant des fonctions variées - intrapreneurs de Startups d’État viennent de recevoir cette certification.

Agent public du terrain au cœur de la transformation numérique des politiques publiques, l’intrapreneur est le porteur de la Startup d’État, responsable de son investigation et de son déploiement. L’objectif de la certification « Concevoir un service public numérique au sein de l'État » est de valoriser les agents publics ayant fait un choix de carrière tourné vers l’intrapreneuriat, le numérique et le déploiement de produit ainsi que de faire reconnaître leur statut et les compétences acquises.

Fruit de leur expérience au sein du programme beta.gouv.fr de la DINUM, les intrapreneurs pourront désormais faire reconnaître leurs compétences et expérience acquises à la tête d’une Startup d’État.

Les 8 compétences concernées par la certification vont de la capacité de réaliser un pitch à la réussite de la création d’un service numérique en passant par l’investigation, le prototypage, la phase de test, le déploiement, le financement et le management d’une équipe.

Pour postuler, les candidats à la certification devront être intrapreneurs d’une Startup d’État avancée dans la phase d’accélération, dernière phase avant le transfert de la Startup d’État au sein d’une administration qui portera de manière pérenne le service.

Après avoir déposé un dossier, les candidats présélectionnés s’entretiendront pendant une heure avec un jury composé d’un responsable de portefeuille de Startups d’État et d’un intrapreneur ayant déjà reçu la certification. La procédure de certification prévoit une réponse sous un délai d’un mois. Deux sessions sont organisées par an, en novembre et en mai.

La DINUM attribue la certification « Concevoir un service public numérique au sein de l'État » par le biais de France compétences, unique instance de gouvernance nationale de la formation professionnelle et de l’apprentissage.

« Agilité, pragmatisme, engagement, contact permanent avec le terrain et droit à l’erreur : être intrapreneur, c’est une opportunité unique de servir autrement l’intérêt général, au sein d’équipes riches d’une féconde mixité public/privé et pilotées par l’impact, tout en contribuant à la modernisation de l’administration. Un challenge de tous les instants, hautement gratifiant ! Merci à la DINUM pour ce programme essentiel ! »

Aurélie Prétat, magistrate et intrapreneuse d'A-Just service dédié à aider les juridictions dans l'affectation de leurs ressources humaines pour réduire les délais de justice, Startups d’État faisant partie des lauréates du fonds d’accélération des Startups d’État et de Territoires (FAST) n°13.

Dans la continuité des enjeux de réinternalisation des compétences numériques dans l’État notamment décrits dans le rapport de l’Inspection générale des finances et du Conseil général de l’économie, le programme Entrepreneurs d’Intérêt Général est réorienté pour se concentrer désormais sur le recrutement d'experts et d'expertes du numériques liés aux politiques prioritaires du Gouvernement. C’est une promotion de 30 agents publics de la tech qui sera intégrée à l’équipe de l’incubateur de services numériques de la DINUM dont les recrutements débuteront à partir de fin 2023.
"""

TEXTS["fr11_choisir_le_service_public_2024.txt"] = """Choisir le service public 2024 : + 4 000 offres à pourvoir dans le numérique

6 mars 2024

Au sein d’un stand unique, le numérique de l’Etat présent au salon national de l’emploi public pour faire connaître sa stratégie et ses grands chantiers et recruter des professionnels de la tech.

Rdv au stand n°51 (RDC).

Anticiper et mieux cibler les interventions de l’État auprès des entreprises en difficulté financière (Signaux Faibles), faciliter les relations entre propriétaires et locataires (Dossier Facile), encourager l'engagement bénévole partout en France (JeVeuxAider), dématérialiser n’importe quelle démarche administrative en quelques minutes (Démarches Simplifiées), évaluer et certifier les compétences numériques (PIX)… etc. pour rendre l’action publique plus simple et plus efficace dans son action, l’État s’appuie sur la puissance du numérique.

Facteur essentiel de la réussite de ces grands chantiers au service de tous les usagers, l’État recrute tout au long de l’année des professionnels du numérique aux compétences et aux parcours variés (jeunes diplômés, salariés issus du secteur privé ou encore agents publics) dans toute la France, à Paris et en région.

Avec 500 postes créés en 2024, la nécessité pour l’État d’être identifié parmi les employeurs phares dans le domaine du numérique est une nécessité.

À cet effet, la direction interministérielle du numérique (DINUM) sera présente au salon national de l’emploi public « Choisir le service public », le mardi 12 mars à la Cité internationale Universitaire de Paris avec les directions numériques du ministère de l’Intérieur et des Outre-mer, du ministère des Armées, du ministère de la Transition écologique et de la Cohésion des territoires, du ministère de l’Éducation nationale et de la Jeunesse et du ministère de l'Europe et des Affaires étrangères. Ce salon est organisé par la direction générale de l’administration de la Fonction publique (DGAFP) intervenant sous l’égide du ministre de la Transformation et de la Fonction publiques, Stanislas Guerini, qui le lancera le 12 mars. Plus de 70 grands employeurs publics seront présents pour promouvoir les plus de 1 000 métiers du service public.

RDV au stand N°51 (RDC) avec au programme : des échanges avec des agents publics du numérique et des recruteurs pour renseigner les candidats sur la diversité des parcours dans l’administration et des voies de recrutement au sein de l’État ainsi que des pitchs et un job-dating.

« Je me suis rendu à la première édition du salon « Choisir le service public » le 4 mai 2023 car j’avais identifié quelques offres d’emploi à la DINUM et je souhaitais rencontrer les équipes. Le salon a été une opportunité pour échanger librement avec recruteurs et les agents. Un mois plus tard, j'intégrais la DINUM en tant que chef du Datalab. Avec mes équipes, nous avons créé Albert, une intelligence artificielle générative spécialisée pour répondre aux besoins des agents publics. La capacité d'innovation, la réactivité et l'engagement des agents sont remarquables. Nos missions sont passionnantes et se doublent d'une authentique fierté de servir l'intérêt général. »

Ulrich Tan, chef du Datalab du département Etalab de la DINUM

Pour attirer des professionnels de la tech, l’État a publié en janvier 2024 un référentiel de rémunération des 55 métiers de la filière numérique. Applicable à l’ensemble des administrations d’État, il définit des valeurs de salaires sur l’ensemble des métiers de la filière numérique, avec des fourchettes basses et hautes, en fonction du métier et de l’expérience de chaque candidat ou agent contractuel déjà en place. En complément, la circulaire associée à ce référentiel préconise la primo-CDIsation pour les métiers les plus en tension afin de renforcer drastiquement l’attractivité de la filière numérique de l’État et répondre à l’enjeu de fidélisation des agents et de souveraineté numérique. Dans la même optique, la portabilité des CDI sera donc privilégiée et facilitée pour encourager les mobilités.
"""

TEXTS["fr12_femmes_et_numerique_temoignages.txt"] = """Femmes et numérique : la direction du numérique de l’État publie une série de 11 témoignages

8 mars 2024

À l’occasion de la journée internationale des droits des femmes, la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, publie avec le ministère du Travail, de la Santé et des Solidarités, le ministère des Armées, le ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique, le ministère de l’Europe et des Affaires étrangères, le ministère de la Transition écologique et de la Cohésion des territoires, le ministère de l’Intérieur et des Outre-mer, Cybermalveillance.gouv.fr, l’INSEE, 11 témoignages d’agents publics du numérique investis dans l’égalité professionnelle et le soutien aux femmes de la tech publique.

Avec cette série, l’objectif, partagé par Stanislas Guerini, est ainsi de valoriser et soutenir celles en poste et faire connaître les opportunités de carrière au sein de l’État afin d’inciter celles qui le souhaitent à choisir le service public voire à créer des vocations dès le plus jeune âge.

Si les initiatives se déploient au sein de l’État, les chiffres restent encore alarmants dans le secteur de la tech y compris publique : secteurs public et privé confondus, la part des femmes est de 46,8% tous secteurs d’activité professionnels confondus et de 27% dans les métiers numériques. Le fossé se creuse encore lorsqu’on parle des fonctions les plus techniques (souvent les plus critiques) : la proportion de femmes descend sous les 15%. Au sein de la Fonction publique d’État, il y a 56% de femmes et 25% dans les effectifs du numérique public.

Aux côtés de la DINUM, les entités publiques sont engagées pour plus d’égalité professionnelle et soutenir les carrières des femmes dans le numérique à travers diverses initiatives telles que Combattantes@Numerique ; Talentueuses ; le réseau des femmes de Bercy. La DINUM, à travers son département DRH du numérique de l’État, a notamment mis en place le programme ADA d’accompagnement au développement professionnel des agentes du numérique de l’État ayant coaché plus de 110 femmes à ce jour dont 80% ont identifié un changement positif dans leur vie professionnelle et anime une communauté en ligne d’entraide regroupant plusieurs centaines d’agentes.

La DINUM, avec les directions numériques du ministère de l’Intérieur et des Outre-mer, du ministère des Armées, du ministère de la Transition écologique et de la Cohésion des territoires, du ministère de l’Éducation nationale et de la Jeunesse et du ministère de l’Europe et des Affaires étrangères, sera présente au salon national de l’emploi public « Choisir le service public », le mardi 12 mars à la Cité internationale Universitaire de Paris pour présenter, aux professionnels de la tech et au grand public, au sein d’un stand unique, leurs projets numériques les plus innovants, qui sont autant d’opportunités d’emplois. Stanislas Guerini, ministre de la Transformation et de la Fonction publiques, lancera ce salon et portera notamment ce message d’égalité entre les femmes et les hommes encourageant la féminisation des métiers du service public, en particulier sur ceux du numérique.
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
