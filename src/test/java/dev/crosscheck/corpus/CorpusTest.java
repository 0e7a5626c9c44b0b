package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path folder;

  @Test
  void oneBrokenFileIsSkippedAndTheRestIsRead() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "The talks resumed on Monday.");
    Files.writeString(folder.resolve("b.txt"), "");
    Files.writeString(folder.resolve("notes.csv"), "not,a,document");
    Corpus corpus = Corpus.read(folder, new DocumentReader());
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
    assertThat(corpus.skipped()).extracting(SkippedFile::message).containsExactly(folder.resolve("b.txt") + ": empty file");
  }

  @Test
  void twoFilesWithOneIdAreBothSkippedNamingEachOther() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "The talks resumed on Monday.");
    Files.writeString(folder.resolve("a.html"), "<p>The talks resumed on Monday.</p>");
    Files.writeString(folder.resolve("b.txt"), "Officials said little.");
    Corpus corpus = Corpus.read(folder, new DocumentReader());
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("b");
    assertThat(corpus.skipped()).hasSize(2).allSatisfy(skipped -> assertThat(skipped.reason())
        .contains("document id 'a' is used by 2 files").contains("a.txt").contains("a.html"));
  }

  @Test
  void missingOrEmptyFolderIsOneClearError() throws Exception {
    assertThatThrownBy(() -> CorpusListing.of(folder.resolve("nope"))).isInstanceOf(CorpusException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> CorpusListing.of(folder)).isInstanceOf(CorpusException.class)
        .hasMessageContaining("holds no documents");
  }

  @Test
  void hiddenFilesAndFoldersAreNotDocuments() throws Exception {
    Files.createDirectories(folder.resolve(".crosscheck"));
    Files.writeString(folder.resolve(".crosscheck/x.txt"), "Hidden.");
    Files.writeString(folder.resolve("sub.md"), "Visible.");
    assertThat(CorpusListing.of(folder).files()).containsExactly(folder.resolve("sub.md"));
  }

  @Test
  void aDocumentWhoseAnalysisFailsIsSkippedWithOneLineAndTheOthersAreKept() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "The talks resumed on Monday.");
    Files.writeString(folder.resolve("b.txt"), "Officials said little.");
    Files.writeString(folder.resolve("c.txt"), "The envoy left for Seoul.");
    Corpus.Each<String> each = Corpus.readEach(CorpusListing.of(folder), new DocumentReader(), document -> {
      if (document.id().equals("b")) {
        throw new IllegalStateException("no rule for this sentence\nsecond line");
      }
      if (document.id().equals("c")) {
        throw new StackOverflowError();
      }
      return document.id();
    });
    assertThat(each.results()).containsExactly("a");
    assertThat(each.skipped()).extracting(SkippedFile::path)
        .containsExactly(folder.resolve("b.txt"), folder.resolve("c.txt"));
    assertThat(each.skipped().get(0).reason())
        .startsWith("analysis failed (IllegalStateException: no rule for this sentence at CorpusTest.")
        .endsWith("); please report it with the file").doesNotContain("second line");
    assertThat(each.skipped().get(1).reason()).startsWith("analysis failed (StackOverflowError at CorpusTest.");
  }

  @Test
  void aBrokenSymbolicLinkIsNamedNotSilentlyLeftOut() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "The talks resumed on Monday.");
    Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("a.txt"));
    Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("deleted.txt"));
    Corpus corpus = Corpus.read(folder, new DocumentReader());
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a", "b");
    assertThat(corpus.skipped()).extracting(SkippedFile::message)
        .containsExactly(folder.resolve("gone.txt") + ": symbolic link to a missing file, or a link that loops");
  }
}
