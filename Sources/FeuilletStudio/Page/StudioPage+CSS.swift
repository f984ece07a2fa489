extension StudioPage {
    /// The page's look: plain, legible, the pictures on a neutral grey.
    static let css = #"""
    :root { --ink: #1d2430; --muted: #5b6575; --line: #d5d9e0; --paper: #f4f5f7; --accent: #0b5cad;
            --ok: #1d7a3a; --warn: #9a5b00; --bad: #b3261e; font-family: system-ui, sans-serif; color: var(--ink); }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; background: var(--paper); }
    .bar { display: flex; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line);
           position: sticky; top: 0; z-index: 2; }
    .home { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; }
    .home span { font-weight: 400; color: var(--muted); }
    #where { margin: 0; color: var(--muted); flex: 1; }
    .live { margin: 0; font-size: .85rem; color: var(--muted); }
    .live.on::before { content: "●"; color: var(--ok); margin-right: .35rem; }
    main { padding: 1rem 1.5rem 3rem; max-width: 100rem; }
    h1 { font-size: 1.5rem; margin: .5rem 0; }
    .help { color: var(--muted); max-width: 60rem; line-height: 1.45; }
    .legend { display: inline-block; }
    .articles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: .75rem; }
    .articles a { display: block; padding: .9rem 1rem; background: #fff; border: 1px solid var(--line); border-radius: 6px;
                  color: var(--ink); text-decoration: none; }
    .articles a:hover, .articles a:focus { border-color: var(--accent); }
    .articles .file { display: block; color: var(--muted); font-size: .85rem; margin-top: .3rem; }
    .heading { display: flex; align-items: center; gap: 1rem; }
    button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--line); border-radius: 5px; background: #fff; cursor: pointer; }
    button:hover, button:focus { border-color: var(--accent); }
    button[type=submit] { background: var(--accent); border-color: var(--accent); color: #fff; }
    .editor { display: flex; flex-direction: column; gap: .4rem; margin: .5rem 0 1rem; }
    .editor textarea { width: 100%; min-height: 24rem; font: .9rem/1.45 ui-monospace, monospace; padding: .6rem; border: 1px solid var(--line); border-radius: 5px; }
    .actions { display: flex; gap: .6rem; align-items: center; }
    .style { margin: 1.5rem 0; }
    .style h2 { font-size: 1.15rem; margin: 0; }
    .style-heading { display: flex; align-items: center; gap: 1rem; margin: 0 0 .5rem; }
    .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .5rem 1rem; background: #fff;
              border: 1px solid var(--line); border-radius: 6px; padding: .8rem; margin: 0 0 .8rem; }
    .fields label { display: flex; flex-direction: column; gap: .2rem; font-size: .85rem; color: var(--muted); }
    .fields input { font: inherit; color: var(--ink); padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; }
    .fields input[type=color] { padding: 0; height: 2rem; width: 4rem; }
    .fields .actions { grid-column: 1 / -1; }
    #import { max-width: 60rem; margin-top: 2rem; }
    #import h2 { font-size: 1.15rem; margin: 0; }
    #import textarea { min-height: 10rem; }
    .row { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-start; }
    .variant { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; cursor: pointer; max-width: 100%; }
    .variant:hover, .variant:focus { border-color: var(--accent); outline: none; }
    .variant h3 { display: flex; justify-content: space-between; gap: .5rem; font-size: .85rem; font-weight: 600; margin: 0 0 .4rem; }
    .strip { display: flex; gap: .3rem; align-items: flex-start; }
    .strip img { height: 150px; width: auto; border: 1px solid var(--line); background: #fff; }
    .variant.failed .strip img, .pages.stale img { filter: grayscale(1); opacity: .45; }
    .error { max-width: 22rem; margin: 0 0 .4rem; padding: .4rem .5rem; border-left: 3px solid var(--bad); background: #fdf0ef;
             font-size: .8rem; line-height: 1.35; overflow-wrap: anywhere; }
    .count { font-size: .75rem; color: var(--warn); margin: .3rem 0 0; }
    .badge { font-size: .7rem; font-weight: 600; padding: .05rem .4rem; border-radius: 9px; white-space: nowrap; }
    .badge.ready { background: #e3f3e7; color: var(--ok); }
    .badge.waiting { background: #eef0f3; color: var(--muted); }
    .badge.failed { background: #fbe4e2; color: var(--bad); }
    dialog { width: 96vw; height: 94vh; max-width: none; border: 0; border-radius: 8px; padding: 0; }
    dialog::backdrop { background: rgb(20 24 32 / .6); }
    .viewer-bar { display: flex; align-items: center; gap: 1rem; padding: .6rem 1rem; border-bottom: 1px solid var(--line);
                  position: sticky; top: 0; background: #fff; }
    .viewer-bar h2 { font-size: 1.05rem; margin: 0; flex: 1; }
    .zoom { display: flex; align-items: center; gap: .3rem; }
    .zoom output { min-width: 3.5rem; text-align: center; }
    .downloads { display: flex; flex-wrap: wrap; gap: .5rem; font-size: .9rem; }
    .downloads a { color: var(--accent); }
    .problems { list-style: none; margin: .5rem 1rem; padding: 0; font-size: .85rem; }
    .problems li { padding: .2rem 0 .2rem .6rem; border-left: 3px solid var(--warn); margin: .2rem 0; }
    .problems li.error { border-color: var(--bad); }
    .problems .place { font-family: ui-monospace, monospace; color: var(--muted); }
    .pages { display: flex; flex-wrap: wrap; gap: 1rem; padding: 1rem; background: var(--paper); align-items: flex-start; }
    .pages figure { margin: 0; }
    .pages img { display: block; border: 1px solid var(--line); background: #fff; }
    .pages figcaption { font-size: .8rem; color: var(--muted); margin-top: .2rem; }
    """#
}
