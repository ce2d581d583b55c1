// The reader's place on a reading page, shared by the features that keep it (the view switcher, resume reading).

/**
 * The block the reader is at: the first heading or paragraph below the sticky toolbar; null at the top of the
 * article. Ids are shared by every view, so the block's id finds the same place in another.
 */
export function blockInView() {
    const top = document.querySelector(".reader-tools")?.getBoundingClientRect().bottom ?? 0;
    const header = document.querySelector(".article-header");
    if (header && header.getBoundingClientRect().bottom > top) {
        return null;
    }
    return [...document.querySelectorAll(".article .section-heading[id], .article .paragraph[id]")]
        .find((block) => block.getBoundingClientRect().bottom > top + 32) ?? null;
}
