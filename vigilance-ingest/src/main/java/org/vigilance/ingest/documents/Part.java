package org.vigilance.ingest.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.ContentHash;

/**
 * One document found in a file: the file itself, or an archive member or attachment inside it, with
 * what was extracted and how it went. Built by one thread ({@link Extraction}), read after it ends.
 */
final class Part {
  final @Nullable Part parent;
  final String name;
  final String path;
  final String innerPath;
  final int depth;
  @Nullable ContentHash hash;
  long size = -1;
  @Nullable String mimeType;
  Metadata metadata = new Metadata();
  String text = "";
  List<String> pages = List.of();
  boolean paged;
  @Nullable String error;
  final List<Part> children = new ArrayList<>();

  private Part(@Nullable Part parent, String name, String path, String innerPath, int depth) {
    this.parent = parent;
    this.name = name;
    this.path = path;
    this.innerPath = innerPath;
    this.depth = depth;
  }

  /** The file itself. */
  static Part top(String name, String path) {
    return new Part(null, name, path, "", 0);
  }

  /** A member of this part, named as the container names it ({@code a/b.pdf}). */
  Part child(String memberName) {
    Part child =
        new Part(
            this,
            baseName(memberName),
            path + "!/" + memberName,
            innerPath.isEmpty() ? memberName : innerPath + "!/" + memberName,
            depth + 1);
    children.add(child);
    return child;
  }

  /** Records a failure; the first reason given wins. */
  Part fail(String reason) {
    if (error == null) {
      error = reason;
    }
    return this;
  }

  boolean failed() {
    return error != null;
  }

  /** The top file's name, then the path inside it: {@code archive.zip!/a/b.pdf}. */
  String label() {
    Part top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return innerPath.isEmpty() ? top.name : top.name + "!/" + innerPath;
  }

  private static String baseName(String memberName) {
    String trimmed = memberName;
    while (trimmed.endsWith("/") && trimmed.length() > 1) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    return slash >= 0 && slash < trimmed.length() - 1 ? trimmed.substring(slash + 1) : trimmed;
  }
}
