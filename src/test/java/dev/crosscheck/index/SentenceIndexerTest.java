package dev.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceIndexerTest {

  @TempDir Path work;
  private Path corpus;
  private Path index;
  private final SentenceSplitter splitter = new SentenceSplitter();

  private final SentenceIndexer.Analysis sentencesOnly = document -> new IndexableDocument(document,
      splitter.split(document.id(), document.text()), ImmutableListMultimap.of());

  @BeforeEach
  void writeCorpus() throws Exception {
    corpus = Files.createDirectories(work.resolve("corpus"));
    index = work.resolve("index");
    Files.writeString(corpus.resolve("a.txt"), "Pompeo traveled to Pyongyang over the weekend. He met officials.");
    Files.writeString(corpus.resolve("b.txt"), "The two leaders met for the first time on June 12 in Singapore.");
    Files.writeString(corpus.resolve("c.txt"), "Fifty-five caskets arrived in Hawaii on Wednesday.");
  }

  private IndexUpdate update(SentenceIndexer.Analysis analysis) {
    return new SentenceIndexer(index, new DocumentReader(), analysis).update(CorpusListing.of(corpus), w -> {});
  }

  private int sentenceCount() throws Exception {
    try (SentenceSearcher searcher = SentenceSearcher.open(index)) {
      return searcher.sentenceCount();
    }
  }

  @Test
  void secondRunReadsOnlyTheTouchedFileAndReindexesOnlyTheChangedOne() throws Exception {
    assertThat(update(sentencesOnly).added()).containsExactly("a", "b", "c");
    assertThat(sentenceCount()).isEqualTo(4);

    Path touched = corpus.resolve("b.txt");
    Files.setLastModifiedTime(touched, FileTime.from(Instant.now().plusSeconds(60)));
    IndexUpdate afterTouch = update(sentencesOnly);
    assertThat(afterTouch.read()).containsExactly("b");
    assertThat(afterTouch.added()).isEmpty();
    assertThat(afterTouch.updated()).isEmpty();
    assertThat(afterTouch.unchanged()).containsExactlyInAnyOrder("a", "b", "c");

    Files.writeString(corpus.resolve("c.txt"), "Fifty-five caskets arrived in Hawaii. Pence was there.");
    Files.setLastModifiedTime(corpus.resolve("c.txt"), FileTime.from(Instant.now().plusSeconds(120)));
    IndexUpdate afterEdit = update(sentencesOnly);
    assertThat(afterEdit.read()).containsExactly("c");
    assertThat(afterEdit.updated()).containsExactly("c");
    assertThat(sentenceCount()).isEqualTo(5);

    IndexUpdate nothing = update(sentencesOnly);
    assertThat(nothing.read()).isEmpty();
    assertThat(nothing.sentencesWritten()).isZero();
  }

  @Test
  void removedFilesSentencesAreDeleted() throws Exception {
    update(sentencesOnly);
    Files.delete(corpus.resolve("a.txt"));
    IndexUpdate update = update(sentencesOnly);
    assertThat(update.removed()).containsExactly("a");
    assertThat(sentenceCount()).isEqualTo(2);
    try (SentenceSearcher searcher = SentenceSearcher.open(index)) {
      assertThat(searcher.search("Pyongyang", 10, Optional.empty(), Optional.empty())).isEmpty();
    }
  }

  @Test
  void runThatFailsMidwayLeavesThePreviousIndexIntact() throws Exception {
    update(sentencesOnly);
    Files.writeString(corpus.resolve("b.txt"), "Changed text about a summit in Hanoi.");
    Files.writeString(corpus.resolve("c.txt"), "Changed text about caskets.");
    Files.setLastModifiedTime(corpus.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(60)));
    Files.setLastModifiedTime(corpus.resolve("c.txt"), FileTime.from(Instant.now().plusSeconds(60)));
    AtomicInteger analysed = new AtomicInteger();
    SentenceIndexer.Analysis failsOnSecond = document -> {
      if (analysed.incrementAndGet() == 2) {
        throw new IllegalStateException("simulated crash while indexing " + document.id());
      }
      return sentencesOnly.analyse(document);
    };
    assertThatThrownBy(() -> update(failsOnSecond)).hasMessageContaining("simulated crash");

    assertThat(sentenceCount()).isEqualTo(4);
    try (SentenceSearcher searcher = SentenceSearcher.open(index)) {
      assertThat(searcher.search("Singapore", 10, Optional.empty(), Optional.empty()))
          .extracting(SearchHit::documentId).containsExactly("b");
      assertThat(searcher.search("Hanoi", 10, Optional.empty(), Optional.empty())).isEmpty();
    }
    // the next complete run picks the changes up
    assertThat(update(sentencesOnly).updated()).containsExactly("b", "c");
  }

  @Test
  void searchHighlightsMatchesAndFiltersByDates() throws Exception {
    SentenceIndexer.Analysis withDates = document -> {
      var sentences = splitter.split(document.id(), document.text());
      var dates = document.id().equals("b")
          ? ImmutableListMultimap.of(0, new DateRange(LocalDate.of(2018, 6, 12), LocalDate.of(2018, 6, 12)))
          : ImmutableListMultimap.<Integer, DateRange>of();
      return new IndexableDocument(document, sentences, dates);
    };
    update(withDates);
    try (SentenceSearcher searcher = SentenceSearcher.open(index)) {
      var hits = searcher.search("leader Singapore summits", 10, Optional.empty(), Optional.empty());
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).highlighted()).contains("**leaders**").contains("**Singapore**");
      assertThat(searcher.search("Singapore", 10, Optional.of(LocalDate.of(2018, 6, 1)),
          Optional.of(LocalDate.of(2018, 6, 30)))).hasSize(1);
      assertThat(searcher.search("Singapore", 10, Optional.of(LocalDate.of(2019, 1, 1)), Optional.empty())).isEmpty();
    }
  }
}
