package io.github.camelpalomma;

/** What a producer does with its resource. */
public enum PalommaOperation {
    /** POST a new resource; the body is a typed request, a Map or a JSON string. */
    create,
    /** GET one resource by id (header CamelPalommaId or option id). */
    get,
    /** GET one page; the next cursor is set in header CamelPalommaNextCursor. */
    list,
    /** A lazy iterator over every item of every page; the next page is fetched only once the current one is consumed. */
    listAll
}
