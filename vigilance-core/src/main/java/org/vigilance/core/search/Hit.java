package org.vigilance.core.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One search result: an entity, or one page (or the body text) of a document.
 *
 * @param kind whether it is an entity or a text (page) document
 * @param entityId the entity (for a page: the {@code Page} entity, or the document with a body)
 * @param schema the entity's schema
 * @param caption the entity's caption
 * @param documentId for a page, the document it belongs to; else null
 * @param page for a page of a paged document, its number; else null
 * @param score the relevance score (higher is better)
 * @param snippets highlighted passages of the masked text or of the matching fields
 */
public record Hit(
    IndexDocument.Kind kind,
    String entityId,
    String schema,
    String caption,
    @Nullable String documentId,
    @Nullable Integer page,
    float score,
    List<Snippet> snippets) {

  /** Copies the list. */
  public Hit {
    snippets = List.copyOf(snippets);
  }
}
