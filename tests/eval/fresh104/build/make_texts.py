#!/usr/bin/env python3
"""Write fresh104/texts: 6 French news items of the DINSIC and the DINUM (numerique.gouv.fr), 2018-2022.

usage: make_texts.py OUTDIR

Source: GitHub numerique-gouv/numerique.gouv.fr, folder _actualites/ (Markdown with YAML front matter).
The snapshot is too large to be fetched, so each file was read with the search tool's read_file (the commit
it reported is in SOURCES) and the plain text was transcribed by hand into TEXTS (no program read the raw
Markdown; this script only writes the result), with the rules of fresh76-fresh92:

- title line = front matter `title` (YAML folded lines joined with one space); blank line; dateline = front
  matter `date` written "19 juillet 2018"; blank line.
- `chapeau-text` is the first body paragraph (folded lines joined; "**" marks dropped).
- Markdown/HTML stripped: emphasis marks, "#" heading marks (headings kept as lines), "<br>", HTML tags and
  boxes (their heading and text kept), "{: ...}" markers; a link keeps its text; lines that are only a
  link/button/image, figures and captions are dropped; list items written "- text".
- cuts and other omissions: see README.md ("What was changed").
Spaces: read_file does not show U+00A0; plain spaces were written.
"""
import os, sys

REPO = "numerique-gouv/numerique.gouv.fr"

SOURCES = {
    "fr01_panorama_grands_projets_6e_edition.txt": (
        "_actualites/panorama-des-grands-projets-SI-Etat-6e-edition.md",
        "1c4c660bc7daa8b5611e0581e1b4f9dce30cc1fa"),
    "fr02_designers_interet_general.txt": (
        "_actualites/candidatez-designers-interet-general-ux-ui.markdown",
        "025c2368b4e8359699be652448a25c6a717183ca"),
    "fr03_accessibilite_observatoire_2020.txt": (
        "_actualites/accessibilite-numerique-un-levier-strategique-amelioration-services-publics-numeriques-pour-tous.markdown",
        "02b95210662a0ce36c5d1c880c91a056ff4a993e"),
    "fr04_beta_gouv_investigations.txt": (
        "_actualites/administrations-une-problematique-de-service-public-lancez-une-investigation-avec-beta-dot-gouv-dot-fr.markdown",
        "207538a80aff6f21f833dd6883e0eecbb240c5fd"),
    "fr05_partage_donnees_api.txt": (
        "_actualites/actualites/partage-de-donnees-administration-via-api-recommandations-et-bonnes-pratiques.markdown",
        "4a94174638ae6213e8a9ef105556a74138a33368"),
    "fr06_site_accessibilite_ara.txt": (
        "_actualites/accessibilite-numerique-et-rgaa-lancement-dun-nouveau-site-dedie-et-outil-realisation-audits.markdown",
        "0b421534adae3e44e75684ad5cd38df5b960e602"),
}

TEXTS = {}

TEXTS["fr01_panorama_grands_projets_6e_edition.txt"] = """Panorama des grands projets SI de l’État, 6e édition : 56 projets passés au crible

19 juillet 2018

La DINSIC passe à nouveau en revue les grands projets du système d’information de l’Etat et rend public ce panorama, comme tous les quatre mois. Au menu : 56 chantiers informatiques détaillés, pour un montant prévisionnel global de 2,55 milliards d’euros.

C’est un exercice crucial dans la maîtrise des projets informatiques de l’Etat, auquel s’adonne la DINSIC pour la 2e fois de l’année.

Un exercice désormais bien rôdé, qui s’affine au fil des éditions. « Le suivi régulier que nous effectuons à travers ce panorama facilite non seulement l’identification mais aussi l’anticipation des glissements potentiels en termes de calendrier ou de budget de ces projets d’ampleur », indique Christian Turpin, chargé de mission Sécurisation à la DINSIC.

Une analyse renforcée des écarts

Dès lors qu’un écart apparaît par rapport aux estimations précédentes, l’équipe lance désormais une étude approfondie. « Depuis plusieurs éditions, nous menons un travail conséquent pour analyser, projet par projet, la nature et les causes de ces écarts », précise Christian Turpin.

Un décryptage bien utile pour faire la part des impondérables inhérents à ce type de projets au long cours et des dérives pouvant être rectifiées. Élargissement de périmètre initial, ajout d’une phase de recette ou d’expérimentation pour sécuriser davantage la solution… tout décalage n’est pas nécessairement synonyme de risque. « La grande majorité des écarts constatés dans cette 6e édition sont le fait de réformes ou d’évolutions réglementaires, nationales ou européennes, ayant un impact direct sur le projet », précise Christian Turpin.

Ainsi par exemple l’harmonisation de la délivrance des visas sur le plan européen oblige à réviser le projet France Visa – qui permet aux ressortissants d’une centaine de pays de demander en ligne leur visa pour la France – et avec lui ses prévisions budgétaires et calendaires.

Mutualisations et partage

Le panorama met aussi en exergue les efforts de l’Etat en matière de dépenses informatiques : les projets mutualisés se multiplient – 20 des 56 chantiers actuels, soit 1 sur 3, ont une portée interministérielle – avec à la clé des économies substantielles. Plusieurs projets de cette édition enregistrent des prévisions à la baisse grâce à des renégociations d’offres fournisseurs et des mises en commun de développements entre projets. La logique de partage, impulsée par la DINSIC, continue de s’intensifier.
"""

TEXTS["fr02_designers_interet_general.txt"] = """Experts UX et UI : candidatez pour devenir designers d’intérêt général !

11 avril 2019

L’État ouvre ses portes à des experts UX et UI ! 21 profils sont recherchés pour mener à bien des projets d’intérêt général.

Vous êtes designer UX ou UI et souhaiteriez mettre votre expertise au service de l’intérêt général ? Saisissez l’opportunité et rejoignez le programme Designers d’Intérêt Général, lancé par la direction interministérielle du numérique (DINSIC) !

Votre mission : concevoir ou améliorer l’expérience utilisateur d’un service public en ligne. Au-delà, vous participerez aussi à diffuser au sein des administrations les approches centrées sur l’utilisateur et à les faire monter en compétence en la matière.

Vous serez recruté au sein de l’État pendant 6 à 12 mois à partir de juin 2019, en CDD, pour un salaire mensuel de 3500 euros net. Selon le même principe que les entrepreneurs d’intérêt général, programme cousin qui fait ses preuves depuis déjà 3 promotions, vous serez accompagné en interne par deux mentors au sein de votre administration d’accueil et coaché par les équipes de la DINSIC tout au long de votre mission.

17 projets proposés, 21 profils recherchés

Les administrations ont concocté pour vous 17 projets sur lesquels votre expertise sera cruciale, pour 21 postes au total (sauf mention contraire, la mission a lieu en région parisienne) :

- Améliorer la communication et la collaboration des 1,2 million d’agents de l’Éducation nationale grâce à des outils numériques
Ministère de l’Éducation nationale et de la Jeunesse
Durée : 12 mois

- Faciliter le regroupement familial des étrangers en France grâce à un service en ligne
Direction de l’information légale et administrative (DILA)
Services du Premier ministre
Durée : 12 mois

- Améliorer l’expérience utilisateur des portails de diffusion du Shom (MaritUX)
Service hydrographique et océanographique de la Marine (Shom)
Ministère des Armées
Durée : 12 mois - Lieu : Brest

- Améliorer les services en ligne de Pôle emploi pour les demandeurs d’emploi, en particulier pour ceux en situation de handicap
Pôle emploi
Ministère des Solidarités et de la Santé
Durée : 12 mois

- Bâtir une identité numérique de l'État simple, ergonomique et sécurisée
Mission identité numérique
Ministère de l’Intérieur
Durée : 12 mois

- Améliorer l’information environnementale du citoyen grâce à la refonte des dispositifs de diffusion en mode collaboratif
Commissariat général au développement durable (CGDD)
Ministère de la Transition écologique et solidaire
Durée : 12 et 6 mois - Lieu : Paris-La Défense et Saint-Mandé

- Favoriser le recrutement à la gendarmerie nationale en réimaginant l’expérience en ligne des candidats
Direction du personnel militaire de la gendarmerie nationale (DPMGN)
Ministère de l’Intérieur
Durée : 9 mois - Lieu : Issy-les-Moulineaux
"""

TEXTS["fr03_accessibilite_observatoire_2020.txt"] = """L’accessibilité numérique : levier stratégique d’amélioration des services publics numériques pour tous

11 février 2020

La promesse du numérique est une promesse d’émancipation et d’égalité d’accès aux droits et à la vie quotidienne. Il nous faut concevoir des espaces numériques confortables, et conviviaux pour favoriser l’inclusion de tous.

Le gouvernement s’est engagé en faveur d’une transition numérique construite avec tous usagers. La dématérialisation a pour but de simplifier la relation entre les usagers et l’administration, cependant nombre d’entre eux ressentent encore une trop grande complexité dans la réalisation des démarches en ligne. Mieux prendre en compte les besoins et les réalités de tous les usagers est une priorité à laquelle doivent s’attacher les administrations pour lutter contre l’exclusion.

L’accessibilité numérique, une opportunité pour tous

12 millions de Français sont touchés par le handicap. Et pourtant, seuls 4% des sites publics ont publié leur attestation de conformité d’accessibilité numérique (Braillenet).

L’accessibilité numérique, au-delà d’être une obligation légale sanctionnée par la loi et un droit fondamental des citoyens, est une vraie nécessité que ce soit pour les personnes en situation de handicap, mais aussi pour les personnes âgées, pour les jeunes atteints de myopie, etc. L’accessibilité est une source d’innovation et d’amélioration dont tout le monde peut bénéficier : il nous faut mieux la prendre en compte dans la conception et le développement de services publics numériques.

Les actions qui suivent ont pour objectif d’apporter des résultats concrets en matière d’accessibilité des services publics numériques pour tous.

L’ « Accessibilité numérique » : un nouveau critère suivi dans l’Observatoire

L’Observatoire de la qualité des démarches en ligne, lancé en juin 2019, rend public le suivi de l’avancement de la numérisation et de la qualité des 250 services publics les plus utilisés par les français. Ce dispositif est porté par le Secrétaire d’État au Numérique Cédric O et c’est la Direction interministérielle du numérique (DINUM) qui est en charge de sa publication chaque trimestre, ainsi que de l’accompagnement des administrations en vue d’améliorations concrètes pour les français.

Indicateur majeur de la qualité, la satisfaction des usagers est suivie dans l’Observatoire grâce au bouton « Je donne mon avis » installé à la fin des démarches. Aujourd’hui plus de 350 000 avis d’usagers ont été recueillis ces 6 derniers mois, et permettent aux administrations de prioriser les améliorations à apporter aux services. Le déploiement du bouton « Je donne mon avis » sur l’ensemble des démarches de l’Observatoire se poursuit, et devra être complet d’ici le 31 mars 2020.

Un nouveau critère de qualité fait son apparition dans la 3e édition de l’Observatoire : l’accessibilité numérique pour les personnes en situation de handicap. Ce nouveau critère et sa mesure permettront de prioriser les actions nécessaires pour améliorer la qualité des démarches sur le plan de l’accessibilité numérique.

Une première évaluation de l’accessibilité des démarches de l’Observatoire permet de prendre conscience du chemin qui reste à parcourir : les informations collectées à ce jour établissent que 13% des démarches sont conformes. Nous nous fixons un nouvel objectif : atteindre 80% à 2022.

L’ensemble des administrations doit intensifier la mise en accessibilité des services publics numériques, sous l’impulsion du Secrétaire d’État chargé du Numérique, et avec le soutien des équipes de la DINUM.
"""

TEXTS["fr04_beta_gouv_investigations.txt"] = """Administrations : une problématique de service public ? Lancez une investigation avec Beta.gouv.fr !

18 juin 2020

La crise Covid-19 a mis en lumière un dysfonctionnement pour vos usagers ? L'un de vos services publics a présenté un problème, dont la résolution présenterait un fort impact social, économique ou environnemental ? Nous vous proposons d'investiguer, à vos côtés, gratuitement, pour définir si le numérique peut apporter une solution et si oui, comment. Soumettez-nous votre problématique avant le 26 juillet !

Les situations de crise peuvent être un excellent révélateur de problèmes dans la délivrance d’un service public ou d’un besoin spécifique de vos usagers. La crise du COVID-19 vous a permis d’en identifier ? Vous pensez qu’un nouveau numérique pourrait y répondre ?

Avant d’investir dans son développement, la phase d’investigation est une étape primordiale. Partie intégrante de la méthode beta.gouv.fr, elle permet de s’assurer qu’un outil numérique est bien la solution au problème, et, le cas échéant, de le concevoir en adéquation avec la réalité du terrain et les vrais besoins des usagers et agents.

Un accompagnement par nos experts

Nos experts de beta.gouv.fr, au sein de la direction interministérielle du numérique (DINUM), vous proposent de réaliser cette phase d’investigation, à vos côtés, gratuitement. Un ou une mentor expert du numérique, avec l’appui éventuel d’un ou une designer UX, vous accompagnera sur une période de 9 semaines.

Notre approche ?

1. Analyser le problème relevé en profondeur (le qualifier, le décortiquer, en analyser les origines, l’ampleur, la criticité, l’impact…), grâce à une série d’entretiens avec des utilisateurs ;

2. Étudier la capacité de votre organisation à mener à bien cette solution (identification d’un profil de type intrapreneur, disponibilité, capacité d’expérimentation…) ;

3. Questionner la stratégie à mettre en place, sa pertinence et ses chances de réussite, en réalisant notamment une étude de marché des solutions déjà existantes ;

4. Et si les conditions sont réunies, nous pouvons aller jusqu’à prototyper une éventuelle solution numérique.

Des recommandations concrètes

Au terme de cet accompagnement, nous réaliserons avec vous une synthèse claire et des recommandations concrètes qui vous permettront de décider s’il convient ou non de poursuivre les travaux en finançant la construction du service, sous la forme d’une Startup d’État par exemple. Tous les ingrédients nécessaires pour préparer le développement d’un service public numérique !

Soumettez votre problématique avant le 26 juillet 2020 ! Nous la traiterons ainsi en priorité.

Pour cela envoyez-nous un courriel décrivant la problématique à investigations@beta.gouv.fr et un ou une membre de l’équipe reviendra vers vous pour en discuter !

Vous souhaitez en savoir plus ? Consultez notre aux phases d’investigation ou prenez contact directement avec l’équipe beta.gouv.fr à investigations@beta.gouv.fr.

Votre problématique ne rentre pas dans le cadre du Covid-19 ? Soumettez-la tout de même à investigations@beta.gouv.fr pour envisager un accompagnement.

beta.gouv.fr accompagne depuis 2015 les administrations publiques pour résoudre des problèmes aussi variés que simplifier la création et réalisation de démarches administratives en ligne, identifier les entreprises en difficultés pour mieux les accompagner, mieux informer les citoyens de leurs droits dans le monde professionnel, ou encore développer le covoiturage. Aucun problème n’est trop spécifique ou trop complexe pour être étudié !
"""

TEXTS["fr05_partage_donnees_api.txt"] = """Partage de données au sein de l’administration via API : recommandations et bonnes pratiques

27 juillet 2022

En tant qu’administration, comment bien partager ses données par API pour en favoriser la réutilisation ? La DINUM publie un ensemble de recommandations et de bonnes pratiques établies avec le réseau des administrateurs ministériels des données, des algorithmes et des codes sources.

Depuis plus d’un an, les données, algorithmes et codes sources font l’objet d’une mobilisation sans précédent au sein de l’État.

Cadre juridique favorable (loi 3DS en 2022, loi pour une République numérique en 2016, code des relations entre le public et l’administration en 2015), volonté politique, caractère stratégique pour la transformation publique reconnu et réaffirmé… les planètes sont aujourd’hui alignées pour favoriser le développement du partage de la donnée via API entre administrations et vers l’extérieur.

C’est dans ce contexte propice que la direction interministérielle du numérique (DINUM) publie aujourd’hui un cadre de recommandations en matière de partage des données via API pour l’administration.

Partager les données entre administrations, à quoi ça sert ?

Développer le partage des données permet d’accélérer la mise en œuvre du principe Dites-le-nous une fois, qui consiste à ne plus demander à l’usager des pièces justificatives pour des informations qu’une autre administration détient déjà voire a elle-même produites, en se les partageant grâce à des interfaces informatiques, les API. In fine, c’est donc simplifier les démarches en ligne des Français.
Exemples concrets : l'API Particulier a permis de réduire de près de 3 millions le nombre de justificatifs transmis en 2021 par les citoyens, et l'API Entreprise a permis d’éviter à 1 million d’entreprises de transmettre 25 millions de justificatifs.

Accompagner et structurer le développement d’API

L’administrateur général des données, au sein de la DINUM, avait déjà produit en septembre 2021 un cadre interministériel d’administration de la donnée (pdf - 836 Ko), qui précise le cadre dans lequel les administrations doivent inscrire leur action en la matière et décrit l’offre de service mise à leur disposition.

Ce nouveau cadre de recommandations et de bonnes pratiques vient le prolonger, cette fois sur le champ spécifique de la circulation de données par API.

Sa vocation : accompagner et structurer le développement d’API par les administrations.

Étendre l’usage des API et augmenter leur impact

Car malgré le contexte porteur et l’augmentation du nombre d’API disponibles, le développement du partage de données entre administrations rencontre encore des freins sur le terrain.

Cette situation se traduit dans l’observatoire de la qualité des démarches en ligne : à ce jour, sur les 200 démarches numérisées les plus importantes de l’État, 76 demandent encore à l’usager un effort modéré voire important de saisie de données déjà connues de l’administration.

Pour étendre l’usage des API et augmenter leur impact sur la transformation de l’action publique, la DINUM a ainsi identifié le besoin d’améliorer la capacité à mettre à la disposition des réutilisateurs des données répondant à leurs usages métiers, la qualité des données transmises et la qualité de service offerte.

6 grands enjeux stratégiques

Abordant l’échange de données par API ouvertes ou en accès restreint, les 16 recommandations et 2 bonnes pratiques couvrent six grands enjeux stratégiques, visant à répondre au mieux aux besoins des utilisateurs, qu’il s’agisse d’administrations ou d’usagers :
- la découvrabilité (catalogue de données et services disponibles)
- l’accès à la donnée
- l’exploitation des données
- la qualité de service
- la curation de la donnée
- le modèle économique

Des recommandations coconstruites

Dans son rôle de coordonnateur des systèmes d’information de l’État, la DINUM a établi ce cadre recommandations en concertation avec l’ensemble des administrateurs ministériels des données, des algorithmes et des codes sources (AMDAC), réseau animé par la DINUM, en particulier son département Etalab.
Un groupe de travail resserré a tout d’abord élaboré une première liste de recommandations, soumise ensuite à l’ensemble du réseau, avant de faire l’objet d’échanges bilatéraux entre la DINUM et chaque ministère contributeur.
"""

TEXTS["fr06_site_accessibilite_ara.txt"] = """Accessibilité numérique et RGAA : lancement d’un nouveau site dédié et d’un outil de réalisation d’audits

16 novembre 2022

Afin d’aller toujours plus loin dans l’accessibilité numérique des services publics, en facilitant sa mise en œuvre, la DINUM lance un site dédié et un outil en ligne de réalisation d’audits. Et bientôt, une actualisation du RGAA.

Plus simple, plus ergonomique, plus complet : l’accessibilité numérique bénéficie désormais d’un site à part entière, accessibilite.numerique.gouv.fr.

Objectifs : apporter plus de clarté pour les utilisateurs, faciliter la compréhension des enjeux et des obligations légales, et ainsi simplifier l’application du RGAA. Pour, in fine, renforcer l’accessibilité des services publics en ligne.

En un point unique, ce nouveau site centralise toutes les informations et ressources utiles tant aux administrations, soumises à l’obligation légale d’accessibilité numérique – responsables de produits et services en ligne, développeurs, designers… – qu’aux professionnels de l’accessibilité, auditeurs notamment.

Le nouveau site de référence pour le RGAA, mais pas seulement

Accessibilite.numerique.gouv.fr héberge ainsi désormais la version officielle du référentiel général d’accessibilité des administrations (RGAA), qui permet de vérifier le niveau d’accessibilité d’un site et de ses contenus, selon les normes internationales connues sous l’appellation WCAG.

Outre la méthode technique (liste des critères et des tests par thématiques, glossaire…), il contient toutes les ressources utiles : documents de références, méthodologie de test, kit d’audit, modèle de déclaration d’accessibilité…

Une rubrique dédiée aux obligations légales permet de comprendre facilement le cadre réglementaire, mais aussi ce qu’est l’accessibilité et quels en sont les enjeux.

Accessibilite.numerique.gouv.fr avait été lancé dès le début de l’été 2022 en version bêta afin de recueillir l’avis et les retours de ses futurs utilisateurs et ainsi répondre au mieux à leurs attentes, et reste ouvert aux contributions.

Accessibilité numérique : qui est concerné ?

Depuis 2011, tous les sites publics qui appartiennent aux services de l’État sont soumis à l’obligation d’accessibilité numérique, afin de garantir un accès égal à tous les citoyens. À partir du 28 juin 2025, date de l’entrée en vigueur de la directive européenne sur l’accessibilité des produits et services, toutes les entreprises privées (sauf les entreprises de moins de 10 personnes ou dont le chiffre d’affaires ou le bilan n’excède pas 2 millions d’euros) seront aussi concernées par cette obligation d’accessibilité.

Un outil d’audit en ligne inédit

Toujours pour renforcer l’accessibilité des services en ligne, l’État lance en parallèle Ara, un outil inédit dédié aux audits d’accessibilité numérique.

Réalisé par le pôle Design des services numériques de la direction interministérielle du numérique (DINUM), avec le soutien financier du FIPHFP, ce nouvel outil vise à simplifier d’un côté la réalisation d’audits d’accessibilité par les auditeurs professionnels, et de l’autre la compréhension et l’interprétation des rapports d’audit par les services audités.

Il permettra à toutes celles et ceux qui le souhaitent de centraliser le suivi de l’accessibilité de leurs services et applications. Cet outil de réalisation d’audits d’accessibilité est conçu de manière libre et open source. Véritable commun numérique, il pourra être repris et utilisé par les ministères, les entreprises privées ou encore les collectivités.

Des évolutions règlementaires à venir

En 2023, la DINUM entamera de nouveaux travaux en vue d’une mise à jour du contenu du RGAA, et sollicitera les acteurs privés, publics et associatifs pour envisager cette nouvelle version.

L’objectif de ce RGAA actualisé sera de s’assurer que le taux de conformité reflète mieux encore le niveau d’accessibilité ressenti d’un site, produit ou service.

L’accès aux services publics, une priorité

Ces nouveautés majeures viennent renforcer l’action de l’État en matière d’accessibilité numérique, et plus largement d’accès aux services publics pour toutes et pour tous, l’une des priorités du ministre de la Transformation et de la Fonction publics Stanislas Guerini.
"""


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, text in TEXTS.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
