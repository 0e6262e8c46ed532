#!/usr/bin/env python3
"""Write fresh88/texts: 11 French news items and communiqués of the DINSIC/DINUM and Etalab (numerique.gouv.fr).

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr (Jekyll site of the French government's digital
directorate), folders _actualites/ and _communiques/ (Markdown with YAML front matter). The snapshot is
too large to be fetched, so each file was read with the search tool's read_file (the commit it reported
for the stored version read is in SOURCES below) and the plain text was transcribed from that reading
into TEXTS below by hand (no program read the raw Markdown; this script only writes the result), with
these rules (the same as fresh76's, fresh78's, fresh81's, fresh84's and fresh86's):

- title line = the front matter's `title` (YAML folded lines joined with one space, YAML '' written ');
  blank line; dateline = the front matter's `date`, written "17 mai 2013" ("1er ..." for day 1); blank
  line; body.
- the front matter's `chapeau-text` is the first body paragraph (a literal block "|-" with two
  paragraphs gives two paragraphs; a hard wrap inside a literal block is joined with one space; the
  "\\n" escape inside fr03's double-quoted chapeau gives a line break); other front-matter fields
  (images, files, press contacts, tags, image alt texts) are dropped.
- Markdown stripped: "**"/"*" emphasis marks, "#" heading marks (headings kept as their own line), ">"
  quote marks, "<br>", HTML tags, "{: ...}" markers, the backslash of "\\+"; a link "[text](address)"
  keeps its text; a line that is only a link or a button ("En savoir plus ...", "Consulter ...", "Lire
  ...", "Candidater : ...", "Accréditation") is dropped; list items "* text" written "- text"; the
  numbered FAST list of fr09 keeps its "1)" ... "10)" numbers; a source line break inside a paragraph is
  kept as a line break; trailing spaces dropped; double spaces inside lines kept as in the source.
- cuts and other omissions: see README.md ("What was changed").
Spaces: read_file's text does not show whether a space is U+0020 or U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

# file -> (path in the repository, commit read)
SOURCES = {
    "fr01_dataconnexions_kel_quartier.txt": (
        "_actualites/concours-dataconnexions-interview-deduardo-larrain-laureat.markdown",
        "20c3dfdecfae90be8c4a5b64beef0d4b980db03e"),
    "fr02_assises_identite_numerique_2018.txt": (
        "_communiques/assises-de-lidentite-numerique-25-et-26-avril-2018-paris-coconstruire-lidentite-numerique-de-demain.markdown",
        "07b62f469701cede4f6d18f2857160bf744e0746"),
    "fr03_franceconnect_10_millions.txt": (
        "_communiques/franceconnect-franchit-le-cap-des-10-millions-dutilisateurs.markdown",
        "0961fc6e6ec047d2dd7d9fb355baef43ff045df5"),
    "fr04_panorama_10e_edition.txt": (
        "_actualites/10e-edition-du-panorama-des-grands-projets-numeriques-de-letat-la-securisation-se-renforce.markdown",
        "0495157c4090c405ef84727816a0acdad63aa8f1"),
    "fr05_observatoire_demarches_2022.txt": (
        "_communiques/accessibilite-aux-personnes-en-situation-de-handicap-appui-telephonique-ou-en-guichet-facilement-identifiables-prise-en-compte-des-avis-des-usagers-des-avancees-notables-pour-rendre-les-demarches-en-ligne-plus-simples-et-accessibles.markdown",
        "781f595b3a0a5b6af1abef52ab45bc9d1733139a"),
    "fr06_journee_numerique_territoires.txt": (
        "_communiques/journee-numerique-and-territoires-letat-devoile-les-resultats-du-fonds-france-relance-90-millions-deuros-plus-de-5000-projets-acceleres-et-plus-de-3-200-collectivites-territoriales-soutenues.markdown",
        "4195d7481f70f3117d51c32ba4d809a400e040a5"),
    "fr07_feuille_de_route_dinum_2023.txt": (
        "_communiques/lancement-nouvelle-feuille-de-route-dinum.markdown",
        "06cd5114cc2f59101a50c8f693cee05b57e3702c"),
    "fr08_numerique_en_communs_bordeaux.txt": (
        "_communiques/nec-x-dinum-num-dinteret-general.markdown",
        "01433275891980f982509f0cf0a73cbe77a5aec4"),
    "fr09_fast_13_politiques_prioritaires.txt": (
        "_communiques/politiques-prioritaires-du-gouvernement-la-dinum-lance-son-offre-de-service-en-direction-des-chantiers-prioritaires-pour-accelerer-leur-deploiement.markdown",
        "035c72081933548a817fbc7319c835a0ca33dd21"),
    "fr10_bilan_beta_gouv_2024.txt": (
        "_communiques/numerique-au-service-de-lefficacite-de-laction-publique.markdown",
        "0ba3d2bbb39315c7271ad1d4d7d839ef317d423d"),
    "fr11_vivatechnology_2024_programme.txt": (
        "_communiques/cp-vvt-programme.markdown",
        "047293e14819085a9028bbcd572b5aae8b51c417"),
}

TEXTS = {}

TEXTS["fr01_dataconnexions_kel_quartier.txt"] = """Concours Dataconnexions : interview d'Eduardo Larrain, lauréat

17 mai 2013

Eduardo Larrain est directeur général et co-fondateur de Kel Quartier. En février dernier, il a reçu le prix grand public lors du concours dataconnexions #2. Cet entrepreneur a su tirer le meilleur de la réutilisation des données publiques. Ses quelques conseils peuvent donner des idées aux futurs candidats de la 3ème édition, pour laquelle les inscriptions sont ouvertes ici. Rencontre.

Vous êtes directeur général et co-fondateur de Kel Quartier. Pouvez-vous décrire en quelques mots ce projet ?

Kel Quartier est le guide des 40 000 quartiers et des communes de France. Cette application vous aide à trouver le quartier où habiter en vous donnant gratuitement toute l’information que vous avez besoin de savoir sur un territoire. Pour ceux qui souhaitent s’installer dans un nouveau quartier ou qui voyagent dans une nouvelle ville.

Qu’est-ce que ce projet de réutilisation des données publiques change dans la vie des Français ?

Avant Kel Quartier, il fallait passer un temps fou pour essayer de connaître un quartier en passant des heures au téléphone, en recherchant des données précieuses sur Internet et même en se promenant pendant des heures en voiture. Tout cela pour arriver à une vision fragmentée et incomplète d’un quartier.

Les Français ont désormais les réponses à toutes les questions qu’ils se posent avant d’acheter un logement : le quartier est-il sûr ? Proche d’une crèche ? Avec un bon collège ? Avec un bon lycée ? Avec des espaces verts, des équipements sportifs, du commerce et des loisirs ? Tranquille ou animé ? Ensoleillé ? Bien desservi par les transports ? Etc.

Kel Quartier permet aux Français de trouver le quartier qui convient le mieux à leurs besoins, mais aussi celui qui colle le mieux à leur personnalité.

Vous avez reçu le prix grand public du concours dataconnexions #2 en février. Depuis quatre mois, qu’est-ce que ce prix a changé dans l’avancée de votre projet ?

Le prix dataconnexions #2 nous a permis d’améliorer notre visibilité et notre crédibilité auprès de l’Administration publique, de nos partenaires et de nos prospects.

Dans les faits, nous avons bénéficié d’une dizaine d’articles de presse et autant de nouveaux prospects.

Vous évoluez dans la communauté d’innovateurs et d’entrepreneurs autour du concours dataconnexions. Pouvez-vous nous expliquer ce que cet échange avec la communauté vous a apporté ?

La communauté est très importante car le marché de la donnée étant en pleine croissance, il est plus important de s’entraider pour élargir le gâteau plutôt que de se concurrencer.

On constate d’ailleurs une spécialisation naturelle des acteurs par secteur d’activité.

Par exemple, Kel Quartier est spécialisé dans le secteur immobilier et aussi dans la zone de chalandise indépendamment du secteur d’activité.

Quels conseils donneriez-vous aux futurs candidats du concours dataconnexions #3 ?

L’Open Data à la française a déjà ouvert un océan d’opportunités qui restent encore largement inexploitées. C’est le moment idéal pour lancer de nouvelles réutilisations sur les données déjà publiques et de devenir le meilleur dans son secteur.
"""

TEXTS["fr02_assises_identite_numerique_2018.txt"] = """Assises de l'identité numérique 25 et 26 avril 2018 - Paris Coconstruire l’identité numérique de demain

26 octobre 2018

Le 5 janvier dernier, le ministre de l’Intérieur, la ministre de la Justice et le secrétaire d’État auprès du premier Ministre chargé du numérique, ont mis en place le programme interministériel identité numérique, chargé de concevoir et mettre en œuvre, pour la rentrée 2019, des  solutions d’identification numérique sécurisées.

La mission identité numérique s’appuie sur la mobilisation des parties prenantes publiques et privées et associe les élus et le monde académique pour coconstruire des parcours qui répondent aux attentes des citoyens et des entreprises.

Les 25 et 26 avril prochains, 500 personnes se réuniront à Paris à l’occasion des Assises de l’identité numérique, pour partager leurs expériences et réflexions autour des enjeux de ce programme :

- Comment maitriser les impacts de l’identité numérique sur la vie privée des individus et les libertés publiques ?
- Comment faire de ces identités un moyen de développer les usages qui apportent de la valeur au public ? Comment garantir la protection des données ?
- Comment faire de l’identité numérique un levier d’inclusion dans le numérique de tous ceux qui en sont éloignés ?

Autant de questions cruciales ouvertes à l’occasion des Assises et qui alimenteront les travaux du programme et les conclusions dont la remise est prévue pour l’été 2018.
"""

TEXTS["fr03_franceconnect_10_millions.txt"] = """FranceConnect franchit le cap des 10 millions d’utilisateurs

2 juillet 2019

FranceConnect permet à tout utilisateur ayant déjà un compte Impots.gouv.fr, Ameli.fr, identité numérique La Poste, Mobile Connect et Moi ou Mutualité sociale agricole (MSA) de se connecter aux services publics en ligne, sans créer de nouvel identifiant. Ainsi, plus besoin  de jongler avec de multiples identifiants et mots de passe.
3 ans après son lancement, FranceConnect a convaincu 10 millions d’utilisateurs.

Conçu et déployé par la direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC), FranceConnect garantit aux personnes qui l’utilisent une connexion sécurisée et simplifiée sur les sites internet qui le proposent.
FranceConnect est aujourd’hui déployé sur 500 sites publics (villes, départements ou ministères) et permet depuis novembre dernier, de se connecter à des services en ligne du secteur privé (banques, assurances…).
FranceConnect séduit actuellement plus de 500 000 nouveaux utilisateurs par mois et a pour ambition de couvrir 25 millions d’utilisateurs d’ici 2022.
"""

TEXTS["fr04_panorama_10e_edition.txt"] = """10e édition du panorama des grands projets numériques de l’État  : un dispositif de sécurisation qui s’étoffe

24 février 2020

Pour la 10e édition de son panorama, la DINUM a passé en revue 44 grands projets numériques menés au sein de l’État. Son offre de conseil à destination des directeurs de projets, lancée il y a quelques mois, devrait permettre de réduire le volume de projets à risques d’ici à 2021.

L’offre de conseil en cadrage de projet fait ses débuts

Voilà plus de 3 ans que la direction interministérielle du numérique (DINUM – anciennement DINSIC) suit les grands projets numériques de l’État à travers ce panorama rendu public trois fois par an. L’objectif ? Identifier et prévenir les risques de dérives, tant calendaires que budgétaires, et le cas échéant proposer des actions adaptées, à mener avec les ministères concernés.

La sécurisation des grands projets numériques de l’État s’est renforcée avec TECH.GOUV, le programme d’accélération de la transformation numérique du service public. La DINUM propose depuis quelques mois un dispositif expérimental de conseil au cadrage et pilotage de projets numériques, à destination de l’ensemble des ministères. L’idée ? Agir le plus en amont possible pour mettre le projet, dès le début, sur de bons rails, et réduire les risques de dérives en aval.

La DINUM a ainsi conduit cinq premières missions de conseil depuis le lancement de l’offre, qui ont notamment permis de définir des périmètres moins risqués et moins coûteux, à hauteur de 64 M€.

Faciliter l’inscription sur les listes électorales

Désormais opérationnel, le projet Elire sort du panorama. Il aura fallu moins de trois ans à l’Insee, dans un calendrier contraint, pour mener à bien ce projet à l’objectif ambitieux : repousser au maximum la date limite d’inscription sur les listes électorales avant un scrutin, afin d’augmenter la participation électorale. Mission accomplie avec la construction d’un répertoire électoral unique et de son système de gestion qui permet aux communes et à l’INSEE de mettre à jour le répertoire en continu via une plateforme dédiée et sécurisée.

Une grande transformation finalisée aux Douanes

Un projet d’envergure de transformation numérique des Douanes, arrivé à terme, sort également de cette édition : le guichet unique national du dédouanement (GUN). Ce dispositif permet désormais un traitement dématérialisé des autorisations d’importation et d’exportation de marchandises, grâce à des liaisons entre les SI des douanes et des administrations partenaires. Les entreprises, premières bénéficiaires, mettent en avant des gains de temps et de productivité, ainsi qu’une plus grande fluidité des formalités.

44 projets, pour un budget de 1,56 milliard d’euros

Au total, cette 10e édition du panorama passe en revue 44 projets, dont 8 à portée interministérielle, pour un budget global prévisionnel de 1,56 milliard d’euros. Les taux moyens de glissement budgétaire et calendaire restent stables par rapport à l’édition précédente.

Vous pouvez également consulter l’ensemble des données de cette édition et des précédentes en open data sur la plateforme data.gouv.fr
"""

TEXTS["fr05_observatoire_demarches_2022.txt"] = """Accessibilité aux personnes en situation de handicap, appui téléphonique ou en guichet facilement identifiables, prise en compte des avis des usagers : des avancées notables pour rendre les démarches en ligne plus simples et accessibles.

15 novembre 2022

Fin 2017, 63 % des 250 démarches administratives les plus utilisées par les Français étaient réalisables en ligne. Aujourd’hui, c’est le cas pour près de 90% d’entre elles, soit 225 démarches (+ 30 démarches entre 2020 et 2021 et + 13 démarches entre 2021 et 2022).

Rendre accessibles en ligne les démarches administratives les plus utilisées est essentiel pour simplifier le quotidien des Français, en permettant à chacun de réaliser ses démarches administratives à tout moment, depuis l’endroit de son choix. Mais pour que le plus grand nombre puisse en profiter, y compris des personnes plus éloignées du numérique ou en situation de handicap par exemple, il est indispensable de s’assurer de la simplicité et de la qualité de ces services.

Cet effort, qui correspond à un engagement fort du Gouvernement en faveur de l’accès aux services publics, a déjà permis d’obtenir des avancées importantes et se poursuivra résolument en 2023.

Tous les Français, y compris ceux éloignés du numérique, doivent pouvoir réaliser une démarche en ligne et disposer d’une assistance facilement identifiable en cas de difficulté ou d’incompréhension. Désormais, près de 70% des démarches administratives en ligne disposent d’au moins deux moyens de contacter une aide humaine pour se faire accompagner, une avancée au cœur des préoccupations du Gouvernement. Concrètement, un support téléphonique a par exemple récemment été mis en place pour les entreprises candidates aux marchés publics de l’État en complément des canaux d’information en ligne existants (support en ligne et FAQ).

Des progrès ont par ailleurs été réalisés en matière d’accessibilité des démarches en ligne. Ainsi, depuis cet été, s'inscrire ou se réinscrire comme demandeur d'emploi à Pôle emploi ou renouveler mensuellement sa situation de demandeur d’emploi sont des démarches qui ont été rendues plus accessibles aux personnes en situation de handicap.

Mieux tenir compte des retours des usagers est également indispensable, aujourd’hui, près de 9 millions de citoyens ont déjà donné leurs avis suite à la réalisation d’une démarche en ligne. Et ces retours sont de plus en plus utilisés pour améliorer en continu les services publics numériques. Pour cela, les administrations peuvent compter sur l’appui des équipes de la DINUM. Ainsi, par exemple, la demande de crédit du pass Culture, destinée à 2 millions de jeunes, a été optimisée et la note usager est passée en 6 mois de 5,7 à 8,2/10 et ce sont désormais près de 70% des démarches les plus utilisées qui sont notées 7/10 ou plus par les usagers.

« Disposer de services publics numériques de qualité est une des pierres angulaires d’une accessibilité renforcée des services publics. Alors qu’une grande majorité des échanges entre les Français et leurs services publics se fait au travers du numérique, il est indispensable de fournir des alternatives pour les personnes éloignées du numérique, et c’est une priorité de ma feuille de route, mais également de fournir des services publics numériques de meilleure qualité. Mieux désignés, plus inclusifs, mieux intégrés avec les canaux physique et téléphonique d’accès aux services publics, les démarches en ligne doivent continuer de s’améliorer pour faciliter le quotidien des Français. »

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques

L’Observatoire de la qualité des démarches en ligne rend compte chaque trimestre de l’avancée de la numérisation des 250 démarches administratives de l’État les plus utilisées par les Français et de l’amélioration de leur qualité. Les administrations en charge de la dématérialisation des démarches référencées dans l’Observatoire bénéficient de l’appui de la DINUM et de cofinancements des fonds du plan France Relance gérés par le ministère de la Transformation et de la Fonction publiques. Lancé en juin 2019 sous la volonté du Président de la République, l’Observatoire est publié par l’équipe de la DINUM qui intervient sous l’égide du ministère de la Transformation et de la Fonction publiques.
"""

TEXTS["fr06_journee_numerique_territoires.txt"] = """Journée Numérique & Territoires : l’État dévoile les résultats du fonds France Relance. 90 millions d’euros, plus de 5000 projets accélérés et plus de 3 200 collectivités territoriales soutenues

11 janvier 2023

Pour soutenir tous les territoires dans leur transformation numérique afin que les Français bénéficient de services publics numériques plus simples et plus accessibles, le Gouvernement a mis en place en janvier 2021 un fonds « Transformation numérique des collectivités territoriales » dans le cadre de France Relance. Piloté par la direction interministérielle du numérique (DINUM), la direction interministérielle de la transformation publique (DITP) et l’agence nationale de la cohésion des territoires (ANCT) et après 2 ans d’action, le fonds doté d’un montant de 88 millions d’euros a financé des projets dans tous les territoires permettant de soutenir l’innovation des acteurs publics et les projets ayant les meilleures perspectives d’amélioration du secteur public.

Afin de présenter les résultats, la DINUM, animatrice du programme Transformation numérique des territoires (TNT), organise, avec la participation active de la DITP, de l’ANCT, et de l’ANSSI la journée « Numérique & Territoires » le 18 janvier 2023 à Paris.

Tous les agents et élus des collectivités territoriales et des services déconcentrés, SGAR et chargés de transformation numérique sont conviés. Une occasion de réunir les lauréats et les autres collectivités qui pourront s’inspirer ou réutiliser des projets financés et poursuivre les réflexions, avec les collectivités territoriales, autour des moyens visant à favoriser et accélérer la mutualisation des produits et services numériques dans les territoires.

Au programme : des interventions thématiques portant sur le fonds de France Relance et ses résultats ainsi qu’un espace de rencontres permettant aux acteurs des collectivités d’échanger avec les équipes de la DITP, de la DINUM et de l’ANCT. Une table-ronde réunissant des acteurs de l’État et des collectivités permettra également de poursuivre les réflexions autour des moyens à mettre en œuvre pour renforcer la mutualisation des produits et services numériques entre acteurs publics.

« Le fonds « Transformation numérique des collectivités territoriales » a été une occasion inédite de transformer en profondeur notre pays. Et c’est en utilisant le numérique que nous construisons les services publics de demain plus accessibles et plus simples pour tous les citoyens. L’investissement inédit de 88 millions d’euros à destination des collectivités territoriales a permis de soutenir des projets numériques dont l’impact est concret dans la vie des citoyens et je me réjouis de cette journée qui témoigne du partenariat étroit que l’État et les collectivités ont noué et qui met en lumière des avancées concrètes dans la vie des Français. »
Stanislas Guerini, ministre de la Transformation et de la Fonction publiques

Cet événement est organisé par l’équipe du programme TNT géré par la DINUM avec la participation active de la DITP, directions qui interviennent sous l’égide du ministère de la Transformation et de la Fonction publiques, et l’ANCT qui intervient sous l’égide du ministère de la Transition écologique et de la Cohésion des territoires.
"""

TEXTS["fr07_feuille_de_route_dinum_2023.txt"] = """Une stratégie numérique au service de l’efficacité de l’action publique : lancement de la nouvelle feuille de route de la direction interministérielle du numérique.

9 mars 2023

La feuille de route de la direction interministérielle du numérique a pour objectif d’accompagner et faire réussir les projets numériques de l’État, au service des priorités gouvernementales et dans un souci d’une amélioration de l’efficacité de l’action publique.

Fruit d’un travail collaboratif associant l’ensemble des parties prenantes du numérique de l’État – directions du numérique, administrateurs ministériels des données, directions d’administration centrale – cette feuille de route prend également en compte les meilleures pratiques du secteur privé comme celles des pays européens.

A l’occasion du Forum de beta.gouv.fr, qui rassemble les membres du réseau des incubateurs de Startups d’État, en présence de Stanislas Guerini, ministre de la Transformation et de la Fonction publiques, qui a pu échanger avec des agents publics engagés dans la transformation numérique de l’État, la nouvelle feuille de route du numérique de l’État confiée à Stéphanie Schaer, directrice interministérielle du numérique, a été rendue publique. Elle fixe un cap clair et ambitieux pour un État plus simple, plus efficace et plus souverain.

1) Mettre le numérique au service des politiques prioritaires du Gouvernement en créant des services numériques agiles et innovants, notamment en privilégiant les expérimentations, les itérations, puis le passage à l’échelle, en mobilisant des entrepreneurs d’intérêt général (EIG) et en utilisant le plein potentiel des avancées technologiques du numérique.

2) Engager une mutation profonde des organisations publiques pour initier, conduire et réussir dans la durée les projets numériques de l’État. Cela implique de mettre en place progressivement des équipes pluridisciplinaires intégrées, proposer des évolutions incrémentales et continues, et exiger des mesures d’impact (coûts évités, parcours de santé perdant évités, non-recours diminués, délais usagers raccourcis etc.) plutôt qu’une approche purement « solutionniste » et technologique. Le renforcement des capacités d’accompagnement et d’intervention opérationnelle de la DINUM en appui des projets numériques de l’État y contribuera.

3) Développer l’exploitation effective des données pour un État plus efficace dans son action et plus simple vis-à-vis des citoyens, des entreprises et des agents publics. En mobilisant des données ouvertes et non ouvertes, il s’agit de mieux piloter l’action publique grâce à la donnée et de déployer des services innovants et proactifs pour les agents et les usagers. Afin d’accélérer les projets proposés par les ministères en dépassant les freins identifiés, un incubateur de projet data, le « datalab », a été créé au sein de la DINUM.

4) Préserver la souveraineté numérique de l’État en investissant dans des outils numériques mutualisés. Pour la plupart développés à partir de logiciels libres afin d’assurer la maîtrise, la pérennité et l’indépendance du système d’information de l’État, ces produits numériques peuvent pleinement répondre aux attentes des agents dès lors qu’une masse critique de contributeurs est réunie, qu’elle soit issue de la société civile, d’entreprises ou d’États. Cet investissement mutualisé devra s’appuyer sur la doctrine du numérique public élaborée par la DINUM pour l’État et ses opérateurs et consolidée en lien avec les ministères, qui doit prendre en compte l’accessibilité, l’écoresponsabilité, les problématiques d’identité numérique et le Cloud.

5) Renforcer significativement les compétences numériques au sein de l’État. La croissance des besoins d’outils numériques ainsi que les potentialités offertes par le numérique pour transformer l’administration se traduisent pour l’État par une exigence forte de disposer des compétences suffisantes en quantité et en qualité. La DINUM endossera le rôle transverse de « DRH de la filière numérique » au service de tous les ministères et animera le renforcement de cette filière en attirant, recrutant et fidélisant les talents du numérique indispensables pour que l’État joue à plein son rôle d’accompagnement de la transition numérique.
"""

TEXTS["fr08_numerique_en_communs_bordeaux.txt"] = """Numérique en commun[s] 2023 : la Direction interministérielle du numérique, partenaire de l’événement, présentera, à Bordeaux, du 18 au 20 octobre, ses travaux portant sur les communs et le numérique d’intérêt général

12 septembre 2023

Pour rendre l’action publique plus proche, plus efficace, plus simple et plus juste pour tous les Français, dans tous les territoires, il est essentiel de s’appuyer sur un État numérique plus performant. Dans la continuité de sa feuille de route « une stratégie numérique au service de l’efficacité de l’action publique », la direction interministérielle du numérique (DINUM), intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques, prendra une part active lors de l’événement Numérique en commun[s] (NEC) organisé par l’Agence Nationale de la Cohésion des Territoires (ANCT) et Bordeaux Métropole et se tenant les 18, 19 et 20 octobre prochain à Bordeaux.

La DINUM, un acteur majeur des communs et de la souveraineté numérique

Partenaire de l’événement aux côtés de la Mednum, le CNNum, Opendata France, l’IGN, la Banque des Territoires et les acteurs locaux – en partenariat avec les rencontres internationales Digital Society, Digital Cities, organisées par Bordeaux Métropole, la DINUM portera spécifiquement l’une des 5 thématiques de NEC : « Communs & souveraineté ». L’occasion de (re)présenter le programme Accélérateur d’initiatives citoyennes (AIC) visant à promouvoir et renforcer les coopérations entre l’État et les initiatives citoyennes porteuses de communs numériques et valoriser les premiers projets lauréats. Lancé en 2021 par le Président Emmanuel Macron lors du 7ème sommet mondial du Partenariat pour un Gouvernement Ouvert (PGO), l’AIC a depuis accompagné 9 projets en 2022 et a lancé en mai 2023 la saison 2 permettant à des projets tels que Open Food Facts ou Primtux de consolider leur déploiement. À cet effet, Primtux, espace d’apprentissage libre, gratuit, sécurisé et installable sur des machines reconditionnées, basé sur des communs numériques s’adressant aux élèves de 3 à 10 ans, bénéficie d’un accompagnement dans la structuration de leurs méthodes de travail et des expertises techniques d’un développeur et d’un UX designer pour améliorer l’interface générale de Primtux menu qui permettra aux enseignants, d’ici fin 2023, de mieux sélectionner les logiciels à proposer aux élèves selon les objectifs travaillés en classe.

La mobilisation des équipes de la DINUM permettra également de revenir sur des priorités de sa feuille de route et en particulier le fait d’engager une mutation profonde des organisations publiques pour initier et conduire dans la durée les projets numériques de l’État mais aussi préserver la souveraineté numérique de l’État en investissant dans des outils numériques mutualisés.

Des représentants du département Incubateur de services numériques de la DINUM et des membres de la communauté beta.gouv.fr présenteront également l’approche de Startups d’État consistant à créer des services numériques agiles guidés par l’impact auprès d’acteurs publics territoriaux.

L’équipe du département Opérateur de produits interministériels de la DINUM présentera les produits et outils interministériels open source de l’État (tels que Tchap la messagerie instantanée de l’État ou Démarches Simplifiées) dans le cadre du Tour de France qu’elle organise depuis près d’un an auprès des acteurs publics territoriaux.
"""

TEXTS["fr09_fast_13_politiques_prioritaires.txt"] = """Politiques prioritaires du Gouvernement : la DINUM lance son offre de service en direction des chantiers prioritaires pour accélérer leur déploiement

18 septembre 2023

10 startups d’État reçoivent  2 550 000€ via le fond d’accélération des startups d’état et de territoires de la direction interministérielle du numérique.

Pour rendre son action plus efficace, plus simple et plus souveraine, l’État s’appuie sur la puissance offerte par le numérique : qu’il s’agisse par exemple de dématérialisation permettant de faciliter les démarches des usagers les plus à l’aise avec le numérique et libérer du temps aux agents publics pour mieux accompagner les citoyens les plus isolés du numérique ou encore d’expérimenter l’utilisation d’outils d’intelligence artificielle pour améliorer la qualité des réponses apportées aux usagers.

Afin d’accélérer l’avancement des politiques prioritaires du Gouvernement (PPG), l’État s’appuie sur le plein potentiel du numérique et déploie des méthodes agiles guidées par l’impact afin de rendre son action plus efficace, plus simple et plus souveraine.

Dans cette perspective, la direction interministérielle du numérique, intervenant sous l’égide du ministère de Transformation et de la Fonction publiques, a réuni aujourd’hui les agents et décideurs publics en présence de la directrice interministérielle du numérique Stéphanie Schaer et du ministre Stanislas Guérini afin de les inciter à accélérer et renforcer le recours au levier du numérique et aux méthodes agiles et impact, utilisées par le programme beta.gouv.fr, ceci dans l’optique d’accélérer la mise en œuvre de leurs politiques publiques et optimiser leurs résultats.

À cette occasion, les 10 Startups d’État lauréates du fonds d’accélération des Startups d’État et de territoires (FAST) n°13 lancé le 16 février dernier en présence de Stanislas Guérini ont été annoncées :

1) A-Just : Piloter par la donnée l’affectation des ressources humaines dans les juridictions pour réduire les délais de justice.
2) Envergo : Améliorer la prise en compte de l’environnement dans les projets d’aménagement.
3) Annuaire des collectivités : Offrir un site web à chaque commune de France.
4) Réfugiés.info : Favoriser l’intégration des personnes réfugiées en France grâce à une information simple et traduite.
5) DataSubvention : Rassembler les informations sur les associations et leurs subventions pour simplifier la vie des associations et des agents publics.
6) Docurba : Faciliter l’élaboration et le suivi des documents d’urbanisme en améliorant les échanges entre les collectivités et l’État
7) DossierFacile : Remettre la confiance au centre de la relation entre propriétaires et locataires.
8) Ma Cantine : Accompagner les acteurs de la restauration collective pour proposer une alimentation de qualité, saine et durable.
9) Mano : Soutenir les équipes mobiles dédiées à améliorer la vie des populations en rue et à favoriser leur réinsertion.
10) Mobilic : Simplifier le suivi et le respect du temps de travail des travailleurs mobiles.

Le FAST se traduit par un accompagnement opérationnel et stratégique de 6 mois proposé par des experts du numérique aux équipes des Startups d’État lauréates ainsi qu’un soutien financier (dont le montant s’élève à 50% du budget du projet sur l’année, n’excédant pas 300 000€ par Startup d’État). Depuis 2019, le FAST a financé plus de 50 services numériques et plus de 8 millions d’euros ont été investis. L’appel à candidatures pour la 14ème édition est ouvert jusqu’au 1er décembre 2023. Pour en savoir plus : beta.gouv.fr/fast

« Le numérique est un puissant levier pour rendre l’action publique plus simple, plus efficace et plus souveraine. Nous devons continuer à explorer toutes les opportunités qu’il offre pour répondre aux défis actuels et accompagner tous les agents publics qui souhaitent développer des solutions plus efficientes pour les citoyens. J’incite ainsi tous les agents et décideurs publics engagés dans une démarche d’innovation numérique à se saisir de l’offre de service de l’incubateur de services numériques de la DINUM visant à accélérer le déploiement des chantiers prioritaires du Gouvernement et je m’associe à la satisfaction des porteurs de Startups d’État lauréates du FAST et encourage les autres à candidater au FAST n°14 ! »

Stanislas Guerini, ministre de la Transformation et de la Fonction publiques
"""

TEXTS["fr10_bilan_beta_gouv_2024.txt"] = """Numérique au service de l’efficacité de l’action publique : l’État dévoile le bilan de beta.gouv.fr

26 février 2024

Numérique au service de l’efficacité de l’action publique : l’État dévoile le bilan de beta.gouv.fr avec 6 nouvelles startups d’état à impact national ; 8 lauréates du fonds d’accélération des startups d’état et de territoires ; 9 agents publics diplômés en 2023.

Simplifier le quotidien de tous les Français en s’appuyant sur la puissance du numérique, c’est la promesse de la stratégie numérique de l’État pilotée par la direction interministérielle du numérique (DINUM) intervenant sous l’égide du ministère de la Transformation et de la Fonction publiques. Pour y parvenir, l’incubateur de services numériques de la direction, beta.gouv.fr, conçoit, avec les ministères, des services numériques, basés sur les besoins des usagers et répondant aux politiques prioritaires du Gouvernement, en s’appuyant sur des méthodes innovantes guidées par l’impact.

À l’occasion d’un événement dédié au numérique et à l’intrapreneuriat qui se tient aujourd’hui à Paris, le bilan annuel de beta.gouv.fr est dévoilé. Depuis la publication de la nouvelle stratégie numérique de l’État publiée il y a un an, l’incubateur concentre son action sur les politiques prioritaires du Gouvernement.

En 2023, 6 nouvelles Startups d’État rejoignent les 18 services à impact national déployés sur tout le territoire : JeVeuxAider, Registre de preuve de covoiturage, Tchap, Immersion Facilitée, DomiFa, eva.
Aussi, 4 incubateurs sont en création au sein du ministère de l’Agriculture et de la Souveraineté alimentaire, au ministère de l'Éducation nationale, de la Jeunesse et des Sports, à la Cour des comptes, et au sein de Cerema - ils rallieront les 17 incubateurs existants -, 154 agents publics devenus intrapreneurs rejoignant les 400 agents déjà investis au sein de la communauté des 1 200 membres dans toute la France et 213 Startups d’État sont en activité (+40).

Pour intégrer le cercle sélectif des Startups d’État à impact national ayant démontré des résultats probants d’efficacité, beta.gouv.fr a lancé en 2019 un fonds d’accélération des Startups d’État et de territoires. L’objectif : soutenir financièrement (jusqu’à 50% du budget du projet sur l’année, n’excédant pas 300 000€) et par un accompagnement opérationnel et stratégique de 6 mois, les Startups d’État les plus prometteuses, candidates à ce fonds, et s’inscrivant dans les politiques prioritaires du Gouvernement.

Aujourd’hui, 8 Startups d’État répondant aux politiques prioritaires du Gouvernement sont annoncées lauréates de la 14ème édition : Oz Ensemble ; France Chaleur Urbaine ; Tableau de bord de l’apprentissage ; Territoires en Transitions ; Mes Événements emploi ; Le Marché de l’inclusion ; Immersion Facilitée ; MonServiceSécurisé.

L’appel à candidatures pour la 15ème édition est ouvert jusqu’au 29 mai 2024 : beta.gouv.fr/approche/fast. Après 14 commissions organisées en près de 5 ans, le FAST soutenu près de 80 Startups d’État et investi plus de 10 millions d’euros.

Si ces nouveaux services se déploient pour faciliter le quotidien des usagers, c’est parce qu’ils sont portés et animés par des agents publics ayant endossé un rôle d’intrapreneur. Consciente de la nécessité de faire reconnaître ce statut et les compétences acquises auprès de l’écosystème, de valoriser ce choix de carrière tourné vers le terrain et l’impact, la DINUM s’est engagée dans une démarche de certification lui conférant, depuis septembre 2023, le rôle d’organisme certificateur de compétences. 9 agents publics intrapreneurs ont ainsi reçu aujourd’hui la certification « Concevoir un service public numérique au sein de l’État ». Parmi les compétences concernées par la certification : réaliser un pitch, réussir la création d’un service numérique, investiguer, prototyper et tester, déployer, s’engager dans une démarche de financement, manager une équipe.
"""

TEXTS["fr11_vivatechnology_2024_programme.txt"] = """VivaTechnology 2024 : à J-7 du lancement de l’édition 2024, l’État français dévoile son programme : 14 administrations présentes, 200 agents publics mobilisés, 70 pitchs, plus de 4 000 offres à pourvoir, 1 zone de speed jobbing sans rdv

16 mai 2024

Pour faire connaître ses grands chantiers et innovations numériques, présenter ses offres, et attirer et recruter des professionnels de la tech, l’État français sera massivement présent à VivaTech à travers un stand unique animé par 14 administrations engagées dans sa transformation numérique, du 22 au 25 mai 2024 à Paris. L’ambition est d’offrir aux professionnels de la tech et au grand public un programme attrayant afin de moderniser son image et d’embaucher des professionnels aux compétences et aux parcours variés, souhaitant placer leurs expertises au service de l’intérêt général. Le rendez-vous est fixé au stand n°J59 pendant les 4 jours.

L’État français massivement présent

Au sein du pavillon numérique de l’État situé en n°J59, seront présents, aux côtés de la direction interministérielle du numérique, les directions numériques du ministère de l’Intérieur et des Outre-mer, de la Justice, de la Transition écologique et de la Cohésion des territoires, du ministère du Travail, de la Santé et des Solidarités, du ministère de l’Agriculture et de la Souveraineté alimentaire, du ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique, ainsi que le service d’information du Gouvernement, la direction interministérielle de la transformation publique et la direction générale de l’administration de la fonction publique à travers sa marque « Choisir le service public » en partenariat avec les directions numériques de l’Éducation nationale et de la Jeunesse, de l’Europe et des Affaires étrangères, l’institut national de l’information géographique et forestière (IGN) et l’autorité de régulation des communications électroniques, des postes et de la distribution de la presse (ARCEP).

Plusieurs autorités françaises et internationales sont également attendues sur le pavillon numérique de l’État, en particulier Stanislas Guerini, ministre de la Transformation et de la Fonction publiques, le jeudi 23 mai. En déambulation, il reviendra sur les grands chantiers numériques de l’État, notamment la stratégie IA de l’État et annoncera de nouvelles avancées, en particulier sur les outils souverains à disposition des agents de l’État, s’inscrivant dans la politique d’attractivité de la fonction publique. Marina Ferrari, secrétaire d'État chargée du Numérique sera également présente.

Près de 70 pitchs pour faire connaître la stratégie numérique et recruter

Intelligence artificielle (stratégie d’IA de l’État et initiatives, alliances avec le secteur privé…), souveraineté, cloud, environnement numérique de travail, cybersécurité dans un contexte JO et piratage éthique, identité numérique, administration proactive, circulation de la donnée et open data, dématérialisation, design et accessibilité, numérique écoresponsable, stratégie d’attractivité et de recrutement, place des femmes dans la tech… voici les thématiques sur lesquelles 200 agents publics du numérique s’exprimeront via 70 pitchs, sur le pavillon numérique de l’État situé en J59, pendant les 4 jours de 9h30 à 17h30. Les objectifs : présenter les avancées de l’État, informer, échanger et recruter.

Des agents publics intrapreneurs - représentants de Startups d’État seront également présents pour revenir sur cette démarche innovante d’intraprenariat et ses résultats largement éprouvés avec des Startups d’État telles que : Nos Gestes Climat, Ma Cantine, ou encore Accès Libre. Le dispositif « France Expérimentation » porté par la direction interministérielle de la transformation publique permettra également aux entreprises d’échanger avec des agents afin d’identifier des blocages juridiques entravant la réalisation de projets innovants à lever, grâce à la mise en place de dérogations, à titre expérimental.
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
