package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScratchScaleTest {
  @Test
  void measure() throws Exception {
    List<AnalysedDocument> docs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    String[] base = {
      "The mayor of Eastport said on Sunday that she had received a letter from the port authority.",
      "The letter was dated June 12, according to a spokesman for the mayor.",
      "The two sides met in Lisbon on June 20 and agreed to keep talking about the harbour fees."};
    for (int d = 0; d < 1000; d++) {
      String[] sentences = new String[30];
      for (int s = 0; s < 30; s++) sentences[s] = base[s % 3];
      AnalysedDocument doc = ReportFixtures.document(String.format("%04d_doc", d), "Source " + (d % 120),
          "Article number " + d, LocalDate.of(2019, 6, 1 + d % 28), sentences);
      docs.add(doc);
      for (int s = 0; s < 20; s++) {
        int sentence = s;
        String span = s % 3 == 1 ? "The letter was dated June 12" : s % 3 == 0 ? "she had received a letter" : "met in Lisbon on June 20";
        Claim c = ReportFixtures.claim(doc, sentence, "c" + s, ClaimType.EVENT, span, "Subject " + (s % 40), "date", "2019-06-" + (10 + s % 5),
            s % 3 == 1 ? Optional.of(ReportFixtures.time(doc, sentence, "June 12", "2019-06-12")) : Optional.empty(), ImmutableSortedMap.of("place", "Place " + (d % 30)));
        claims.add(c);
      }
    }
    List<EventCluster> clusters = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int f = 0;
    for (int e = 0; e < 500; e++) {
      List<String> ids = new ArrayList<>();
      List<String> docIds = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        int d = (e * 2 + k) % 1000;
        Claim c = claims.get(d * 20 + (e % 20));
        ids.add(c.id()); docIds.add(c.documentId());
      }
      clusters.add(new EventCluster("e" + e, "letter", "Event " + e, ImmutableList.copyOf(ids), ImmutableList.copyOf(docIds)));
      Verdict v = e % 5 == 0 ? Verdict.CONFLICT : Verdict.AGREEMENT;
      findings.add(new Finding("f" + (f++), v, "e" + e, "Topic " + e, ImmutableList.copyOf(ids),
          ImmutableList.of(new FindingSide("A", ImmutableList.copyOf(ids.subList(0, 4)), ImmutableList.copyOf(docIds.subList(0, 4))),
              new FindingSide("B", ImmutableList.copyOf(ids.subList(4, 8)), ImmutableList.copyOf(docIds.subList(4, 8)))), "explained " + e, 8));
      for (String id : ids.subList(0, 4)) {
        for (int r = 0; r < 7; r++) {
          findings.add(new Finding("f" + (f++), Verdict.SINGLE_SOURCE, "e" + e, "Single " + f, ImmutableList.of(id),
              ImmutableList.of(new FindingSide("x", ImmutableList.of(id), ImmutableList.of())), "only one", 1));
        }
      }
    }
    CorpusAnalysis analysis = new CorpusAnalysis(ImmutableList.copyOf(docs), ImmutableList.of(), ImmutableList.copyOf(claims),
        ImmutableList.copyOf(clusters), ImmutableList.copyOf(findings));
    System.out.println("findings " + findings.size() + " claims " + claims.size());
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      Path html = HtmlReportWriter.write(analysis, Path.of("target/scale"));
      long t1 = System.nanoTime();
      Path json = ReportJsonWriter.write(analysis, Path.of("target/scale"));
      long t2 = System.nanoTime();
      System.out.printf("html %d ms (%d bytes), json %d ms (%d bytes)%n", (t1 - t0) / 1000000, Files.size(html), (t2 - t1) / 1000000, Files.size(json));
    }
  }
}
