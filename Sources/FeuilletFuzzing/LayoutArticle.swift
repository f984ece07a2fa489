/// The article the layout target sets: short, so that a million sheets take hours and not
/// days (the whole sample article ran at about 20 inputs a second), yet with every block
/// whose role `StyleValues` styles (title, summary, headings, paragraphs with a phone
/// number and a long word, a list, a table, a quote), over more than one column or page
/// when the sheet's sizes and margins are large.
enum LayoutArticle {
    static let markdown = """
    ---
    title: "Les métastases peuvent-elles disparaître complètement après un traitement ?"
    summary: "Une disparition complète est rare, mais les traitements contrôlent souvent la maladie pendant des années."
    lang: fr
    source: "Service d’oncologie, hôpital de jour"
    date: 2026-11-26
    key-messages:
      - "Les métastases se soignent, même si elles guérissent rarement."
      - "Parlez de chaque symptôme nouveau à votre équipe."
    ---

    Le cancer métastatique, caractérisé par la propagation des cellules cancéreuses à des organes distants, présente un pronostic souvent sombre ; les traitements contrôlent pourtant la maladie.

    ## Les traitements

    - **Chimiothérapie** : des médicaments qui tuent les cellules cancéreuses dans tout le corps.
    - **Immunothérapie** : le système immunitaire apprend à reconnaître les cellules anticonstitutionnellement.
    - **Radiothérapie** : des rayons X de 6 MV ciblent les métastases.

    | Traitement | Durée | Séances |
    |---|---|---|
    | Chimiothérapie | 6 mois | 12 |
    | Radiothérapie | 5 semaines | 25 |

    > « Demandez toujours ce que le traitement vise : guérir, contrôler ou soulager. »

    ### Joindre le service

    Appelez le 01 23 45 67 89 du lundi au vendredi, de 9 h à 17 h, ou le 15 la nuit.
    """
}
