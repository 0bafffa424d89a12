package org.vigilance.cli;

import picocli.CommandLine.Option;

/** {@code --no-index}, for the commands that add to the store and then update the index. */
final class IndexOption {
  @Option(
      names = "--no-index",
      description = {
        "Leave the search index for later: the next search, import or `vigilance reindex`",
        "brings it up to date (import several large files, then index once)."
      })
  boolean later;
}
