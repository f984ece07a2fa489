extension StudioPage {
    /// The page's behaviour: the list of articles, an article's variants kept up to date by
    /// the server's events, the viewer of one variant, the text editor. Text from files is
    /// always set as text, never as HTML.
    static let script = #"""
    "use strict";
    const token = document.querySelector('meta[name="feuillet-token"]').content;
    const labels = {
      "a4": "Dépliant A4", "dl": "Dépliant DL (10 × 21 cm)", "trifold": "Trois volets (A4 plié)",
      "card-square": "Carte carrée", "card-portrait": "Carte portrait", "card-story": "Story",
      "card-og": "Aperçu de lien", "card-x": "Carte X", "card-pinterest": "Épingle Pinterest",
      "carousel-square": "Carrousel carré"
    };
    const states = { ready: "à jour", waiting: "en cours", failed: "erreur" };
    const severities = { error: "erreur", warning: "avertissement", note: "remarque" };
    const $ = (id) => document.getElementById(id);
    const make = (tag, className, text) => {
      const element = document.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined) element.textContent = text;
      return element;
    };
    const keyOf = (key) => key.style + "/" + key.target;
    const pictureURL = (view, page) => "/picture/" + [view.key.article, view.key.style, view.key.target, page].map(encodeURIComponent).join("/")
      + "?v=" + view.pictureVersion;
    /// Why the server said no: its words (text, or a JSON error's message).
    async function reason(response) {
      const text = await response.text();
      try { return JSON.parse(text).error.message || text; } catch { return text; }
    }
    let current = null;          // the article shown
    const variants = new Map();  // style/target → view
    let viewing = null;          // the variant in the viewer
    let zoom = 0.75;           // 1: the page at its real size on a screen of 96 pixels per inch

    function route() {
      const article = new URLSearchParams(location.hash.slice(1)).get("article");
      current = article;
      variants.clear();
      $("list").hidden = article !== null;
      $("article").hidden = article === null;
      $("editor").hidden = true;
      if (article === null) { showArticles(); } else { showArticle(article); }
    }

    async function showArticles() {
      $("where").textContent = "";
      const list = $("articles");
      const articles = await (await fetch("/api/articles")).json();
      list.replaceChildren(...articles.map((article) => {
        const item = make("li"), link = make("a");
        link.href = "#" + new URLSearchParams({ article: article.file });
        link.append(make("strong", "", article.title || article.problem || article.file), make("span", "file", "Articles/" + article.file));
        item.append(link);
        return item;
      }));
    }

    async function showArticle(article) {
      $("where").textContent = "Articles/" + article;
      $("title").textContent = article;
      const response = await fetch("/api/articles/" + encodeURIComponent(article) + "/variants");
      if (!response.ok) { $("styles").replaceChildren(make("p", "error", await reason(response))); return; }
      const views = await response.json();
      const titles = await (await fetch("/api/articles")).json();
      const found = titles.find((a) => a.file === article);
      if (found && found.title) $("title").textContent = found.title;
      const byStyle = new Map();
      for (const view of views) {
        variants.set(keyOf(view.key), view);
        if (!byStyle.has(view.key.style)) byStyle.set(view.key.style, []);
        byStyle.get(view.key.style).push(view);
      }
      $("styles").replaceChildren(...[...byStyle].map(([style, list]) => {
        const section = make("section", "style");
        const heading = make("div", "style-heading"), button = make("button", "", "Couleurs et polices");
        button.type = "button";
        heading.append(make("h2", "", "Style « " + style + " »"), button);
        const form = make("form", "fields");
        form.hidden = true;
        button.addEventListener("click", () => toggleFields(style, form));
        section.append(heading, form);
        const row = make("div", "row");
        row.append(...list.map(card));
        section.append(row);
        return section;
      }));
    }

    function card(view) {
      const element = make("article", "variant");
      element.tabIndex = 0;
      element.dataset.key = keyOf(view.key);
      element.addEventListener("click", () => openViewer(element.dataset.key));
      element.addEventListener("keydown", (event) => { if (event.key === "Enter") openViewer(element.dataset.key); });
      fill(element, view);
      return element;
    }

    /// Draws a variant's card again from its latest view.
    function fill(element, view) {
      element.className = "variant " + view.state;
      element.dataset.version = view.version;
      element.dataset.state = view.state;
      element.dataset.text = view.texts.join("\n");
      const heading = make("h3", "", labels[view.key.target] || view.key.target);
      heading.append(make("span", "badge " + view.state, states[view.state]));
      const parts = [heading];
      const errors = view.problems.filter((p) => p.severity === "error");
      if (view.state === "failed") {
        for (const problem of errors.slice(0, 3)) parts.push(make("p", "error", problem.place + " — " + problem.message));
      }
      const strip = make("div", "strip");
      for (let page = 1; page <= view.pages; page++) {
        const image = make("img");
        image.src = pictureURL(view, page);
        image.alt = view.texts[page - 1] || "";
        image.title = (labels[view.key.target] || view.key.target) + ", page " + page;
        strip.append(image);
      }
      if (view.pages > 0) parts.push(strip);
      const warnings = view.problems.length - (view.state === "failed" ? errors.length : 0);
      if (warnings > 0) parts.push(make("p", "count", warnings + (warnings === 1 ? " avertissement" : " avertissements") + " — cliquez pour les lire"));
      element.replaceChildren(...parts);
    }

    function openViewer(key) {
      viewing = key;
      drawViewer();
      if (!$("viewer").open) $("viewer").showModal();
    }

    function drawViewer() {
      const view = variants.get(viewing);
      if (!view) return;
      $("viewer-title").textContent = (labels[view.key.target] || view.key.target) + " — style « " + view.key.style + " » — " + states[view.state];
      $("viewer-problems").replaceChildren(...view.problems.map((problem) => {
        const item = make("li", problem.severity);
        item.append(make("span", "place", problem.place), document.createTextNode(" — " + severities[problem.severity] + " : " + problem.message));
        return item;
      }));
      const base = "/download/" + [view.key.article, view.key.style, view.key.target].map(encodeURIComponent).join("/");
      const links = [];
      if (view.pictureVersion > 0) {
        if (view.downloads.includes("pdf")) links.push(["Télécharger le PDF", base + "/pdf"]);
        for (let page = 1; page <= view.pages; page++) links.push([view.pages === 1 ? "Télécharger l’image PNG" : "PNG " + page, base + "/png?page=" + page]);
      }
      $("downloads").replaceChildren(...links.map(([text, href]) => { const a = make("a", "", text); a.href = href; return a; }));
      const pages = $("viewer-pages");
      pages.className = "pages" + (view.state === "failed" ? " stale" : "");
      pages.replaceChildren(...Array.from({ length: view.pages }, (_, i) => {
        const figure = make("figure"), image = make("img");
        image.src = pictureURL(view, i + 1);
        image.alt = view.texts[i] || "";
        image.width = Math.round(view.sizes[i][0] * zoom);
        image.height = Math.round(view.sizes[i][1] * zoom);
        figure.append(image, make("figcaption", "", "Page " + (i + 1) + (view.state === "failed" ? " (dernière version réussie)" : "")));
        return figure;
      }));
      $("zoom-level").textContent = Math.round(zoom * 100) + " %";
    }

    function setZoom(step) {
      zoom = Math.min(2, Math.max(0.25, zoom + step * 0.25));
      drawViewer();
    }

    async function openEditor() {
      const response = await fetch("/api/articles/" + encodeURIComponent(current) + "/text");
      $("text").value = await response.text();
      $("saved").textContent = "";
      $("editor").hidden = false;
      $("text").focus();
    }

    async function save(event) {
      event.preventDefault();
      $("saved").textContent = "Enregistrement…";
      const response = await fetch("/api/articles/" + encodeURIComponent(current) + "/text", {
        method: "PUT", headers: { "Content-Type": "text/markdown; charset=utf-8", "X-Feuillet-Token": token }, body: $("text").value
      });
      $("saved").textContent = response.ok ? "Enregistré : les images se mettent à jour." : "Non enregistré : " + await reason(response);
    }

    const groups = { palette: "Couleur", fonts: "Police" };

    /// Opens (or closes) the form of a style's own colours and fonts.
    async function toggleFields(style, form) {
      if (!form.hidden) { form.hidden = true; return; }
      const response = await fetch("/api/styles/" + encodeURIComponent(style) + "/fields");
      const fields = await response.json();
      const inputs = fields.map((field) => {
        const label = make("label", "", groups[field.group] + " « " + field.name + " » (ligne " + field.line + ")");
        const input = make("input");
        input.name = field.group + "." + field.name;
        input.dataset.initial = field.value;
        input.type = field.group === "palette" && /^#[0-9a-fA-F]{6}$/.test(field.value) ? "color" : "text";
        input.value = field.value;
        label.append(input);
        return label;
      });
      const actions = make("div", "actions"), save = make("button", "", "Enregistrer dans Styles/" + style + ".yml"), status = make("span");
      save.type = "submit";
      status.setAttribute("role", "status");
      actions.append(save, status);
      form.replaceChildren(...inputs, actions);
      form.onsubmit = async (event) => {
        event.preventDefault();
        const changes = {};
        for (const input of form.querySelectorAll("input")) if (input.value !== input.dataset.initial) changes[input.name] = input.value;
        status.textContent = "Enregistrement…";
        const answer = await fetch("/api/styles/" + encodeURIComponent(style) + "/fields", {
          method: "PUT", headers: { "Content-Type": "application/json", "X-Feuillet-Token": token }, body: JSON.stringify(changes)
        });
        if (answer.ok) {
          for (const input of form.querySelectorAll("input")) input.dataset.initial = input.value;
          status.textContent = "Enregistré (commentaires du fichier conservés) : les images de ce style se mettent à jour.";
        } else {
          status.textContent = "Non enregistré : " + await reason(answer);
        }
      };
      form.hidden = false;
    }

    async function importPage(event) {
      event.preventDefault();
      $("imported").textContent = "Import…";
      const response = await fetch("/api/import", {
        method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", "X-Feuillet-Token": token }, body: $("scraped").value
      });
      if (!response.ok) { $("imported").textContent = "Non importé : " + await reason(response); return; }
      const created = await response.json();
      $("scraped").value = "";
      location.hash = "#" + new URLSearchParams({ article: created.file });
    }

    function listen() {
      const events = new EventSource("/api/events");
      events.onopen = () => { $("live").textContent = "En direct"; $("live").classList.add("on"); };
      events.onerror = () => { $("live").textContent = "Reconnexion…"; $("live").classList.remove("on"); };
      events.addEventListener("variant", (event) => {
        const view = JSON.parse(event.data);
        if (view.key.article !== current) return;
        const key = keyOf(view.key);
        variants.set(key, view);
        const element = document.querySelector('.variant[data-key="' + CSS.escape(key) + '"]');
        if (element) fill(element, view);
        if (viewing === key && $("viewer").open) drawViewer();
      });
      events.addEventListener("articles", () => { if (current === null) showArticles(); });
    }

    document.addEventListener("DOMContentLoaded", () => {
      window.addEventListener("hashchange", route);
      $("edit").addEventListener("click", openEditor);
      $("close-editor").addEventListener("click", () => { $("editor").hidden = true; });
      $("editor").addEventListener("submit", save);
      $("import").addEventListener("submit", importPage);
      $("close-viewer").addEventListener("click", () => $("viewer").close());
      for (const button of document.querySelectorAll("[data-zoom]")) button.addEventListener("click", () => setZoom(Number(button.dataset.zoom)));
      listen();
      route();
    });
    """#
}
