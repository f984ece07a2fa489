/// The studio's one page: its HTML here, its style sheet in `StudioPage+CSS.swift` and its
/// script in `StudioPage+Script.swift`, all served by Feuillet (nothing from a CDN). The
/// page speaks French, to the communication officers who write the articles.
enum StudioPage {
    /// The page, carrying this run's token for the changes it asks for.
    static func html(token: String) -> String {
        #"""
        <!doctype html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="feuillet-token" content="\#(token)">
        <title>Feuillet — atelier</title>
        <link rel="stylesheet" href="/studio.css">
        <script src="/studio.js" defer></script>
        </head>
        <body>
        <header class="bar">
          <a class="home" href="#">Feuillet <span>atelier</span></a>
          <p id="where"></p>
          <p id="live" class="live" title="Les images se mettent à jour dès qu’un fichier change sur le disque.">Connexion…</p>
        </header>
        <main>
          <section id="list" hidden>
            <h1>Vos articles</h1>
            <p class="help">Choisissez un article pour voir toutes ses déclinaisons : le dépliant A4, le format DL, le dépliant trois volets,
            les cartes pour les réseaux sociaux et le carrousel, dans chaque style. Quand vous enregistrez l’article ou un style
            (ici ou dans votre éditeur), les images concernées sont refaites toutes seules.</p>
            <ul id="articles" class="articles"></ul>
            <form id="import" class="editor">
              <h2>Nouvel article à partir d’une page du site</h2>
              <label for="scraped">Collez ici le texte copié d’une page du site de questions-réponses (titre, réponse courte, sections, listes à puces « • »).
              Feuillet en fait un article Markdown dans <code>Articles/</code>, nommé d’après son titre.</label>
              <textarea id="scraped" lang="fr"></textarea>
              <div class="actions">
                <button type="submit">Créer l’article</button>
                <span id="imported" role="status"></span>
              </div>
            </form>
          </section>
          <section id="article" hidden>
            <div class="heading">
              <h1 id="title"></h1>
              <button id="edit" type="button">Modifier le texte</button>
            </div>
            <form id="editor" class="editor" hidden>
              <label for="text">Texte de l’article (Markdown, avec l’en-tête entre les lignes <code>---</code>)</label>
              <textarea id="text" spellcheck="true" lang="fr"></textarea>
              <div class="actions">
                <button type="submit">Enregistrer</button>
                <button type="button" id="close-editor">Fermer</button>
                <span id="saved" role="status"></span>
              </div>
            </form>
            <p class="help">Chaque carte montre une déclinaison. Cliquez dessus pour voir toutes ses pages en grand et télécharger les fichiers.
            <span class="legend"><span class="badge ready">à jour</span> <span class="badge waiting">en cours</span>
            <span class="badge failed">erreur</span> : en cas d’erreur, la dernière bonne image reste visible, grisée.</span></p>
            <div id="styles"></div>
          </section>
        </main>
        <dialog id="viewer">
          <div class="viewer-bar">
            <h2 id="viewer-title"></h2>
            <div class="zoom" role="group" aria-label="Zoom">
              <button type="button" data-zoom="-1" aria-label="Réduire">−</button>
              <output id="zoom-level">100 %</output>
              <button type="button" data-zoom="1" aria-label="Agrandir">+</button>
            </div>
            <div id="downloads" class="downloads"></div>
            <button type="button" id="close-viewer">Fermer</button>
          </div>
          <ul id="viewer-problems" class="problems"></ul>
          <div id="viewer-pages" class="pages"></div>
        </dialog>
        </body>
        </html>
        """#
    }
}
