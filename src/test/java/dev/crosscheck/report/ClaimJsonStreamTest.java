package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimexType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The streamed claim is byte for byte the tree {@link ClaimJson#toJson} makes, in both files' key orders. */
class ClaimJsonStreamTest {

  private static final ObjectMapper SORTED =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  @Test
  void reportJsonClaimsMatchTheSortedTree() throws IOException {
    for (Claim claim : claims()) {
      assertThat(utf8(json -> ClaimJsonStream.writeSorted(json, claim)))
          .as(claim.id())
          .isEqualTo(utf8(json -> SORTED.writeTree(json, ClaimJson.toJson(claim))));
    }
  }

  @Test
  void claimsFileLinesMatchTheTreeAsClaimJsonWritesIt() throws IOException {
    List<Claim> claims = claims();
    StringBuilder lines = new StringBuilder();
    for (Claim claim : claims) {
      lines.append(ClaimJson.MAPPER.writeValueAsString(ClaimJson.toJson(claim))).append('\n');
    }

    assertThat(ClaimFiles.toBytes(claims)).isEqualTo(lines.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(ClaimFiles.toBytes(List.of())).isEmpty();
  }

  /** The fixture's claims and some that test the edges: absent fields, quotes, emoji, a lone surrogate. */
  private static List<Claim> claims() {
    List<Claim> claims = new ArrayList<>(ReportFixtures.letterAndMeeting().claims());
    claims.add(new Claim("d/c1", "d", 0, null, 0, 4, ClaimType.STATEMENT, null, null, null, Optional.empty(),
        Optional.empty(), ImmutableSortedMap.of()));
    claims.add(new Claim("d/c2", "d", 3, "He said \"no\" \uD83D\uDE00 \u00e9\t\\ end \uD83D.", 10, 30,
        ClaimType.QUOTE, "Kim \u00c9lise", "say", "\"no\" \uD83D\uDE00",
        Optional.of(new TimeExpression("d", 40, 48, "last week", TimexType.DATE, "2019-W25", Optional.empty())),
        Optional.of(new Attribution("Kim \u00c9lise", "say", Polarity.NEGATED, ImmutableList.of("a", "b \uD83D\uDE00"))),
        ImmutableSortedMap.of("place", "Caf\u00e9 \uD83D\uDE00", "count", "3", "Zeta", "z")));
    return claims;
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator json) throws IOException;
  }

  /** As report.json writes: UTF-8, pretty-printed. */
  private static byte[] utf8(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = SORTED.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(PRETTY.createInstance());
      writing.write(json);
    }
    return bytes.toByteArray();
  }
}
