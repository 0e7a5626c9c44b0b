package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.time.TimeExpression;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A claim written field by field to a generator, in the two key orders the report files use: sorted for
 * report.json, {@link ClaimJson#toJson}'s own order for {@code claims/<document>.jsonl}. The fields and
 * values are those of {@link ClaimJson#toJson}; building that tree for every claim only to serialise it at
 * once made a third of the writers' time and garbage. {@code ClaimJsonStreamTest} keeps the two equal.
 */
final class ClaimJsonStream {

  private ClaimJsonStream() {}

  /** Keys in sorted order at every level, as report.json writes every object. */
  static void writeSorted(JsonGenerator json, Claim claim) throws IOException {
    json.writeStartObject();
    if (claim.attribution().isPresent()) {
      Attribution attribution = claim.attribution().get();
      json.writeObjectFieldStart("attribution");
      writeChain(json, attribution);
      json.writeStringField("cue", attribution.cue());
      json.writeStringField("polarity", polarity(attribution));
      json.writeStringField("speaker", attribution.speaker());
      json.writeEndObject();
    }
    json.writeStringField("document", claim.documentId());
    json.writeNumberField("end", claim.end());
    json.writeStringField("id", claim.id());
    json.writeStringField("object", claim.object());
    json.writeStringField("predicate", claim.predicate());
    json.writeNumberField("sentence", claim.sentence());
    json.writeStringField("sentenceText", claim.sentenceText());
    // slots are a naturally ordered map: its own order is the sorted one
    writeSlots(json, claim);
    json.writeNumberField("start", claim.start());
    json.writeStringField("subject", claim.subject());
    if (claim.time().isPresent()) {
      TimeExpression time = claim.time().get();
      json.writeObjectFieldStart("time");
      if (time.interval().isPresent()) {
        json.writeStringField("earliest", time.interval().get().earliest().toString());
      }
      json.writeNumberField("end", time.end());
      if (time.interval().isPresent()) {
        json.writeStringField("latest", time.interval().get().latest().toString());
      }
      json.writeNumberField("start", time.start());
      json.writeStringField("text", time.text());
      json.writeStringField("type", time.type().name());
      json.writeStringField("value", time.value());
      json.writeEndObject();
    }
    json.writeStringField("type", claim.type().jsonName());
    json.writeEndObject();
  }

  /** Keys in the order {@link ClaimJson#toJson} puts them, as the claims files have always had them. */
  static void writeInClaimOrder(JsonGenerator json, Claim claim) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", claim.id());
    json.writeStringField("document", claim.documentId());
    json.writeNumberField("sentence", claim.sentence());
    json.writeStringField("sentenceText", claim.sentenceText());
    json.writeNumberField("start", claim.start());
    json.writeNumberField("end", claim.end());
    json.writeStringField("type", claim.type().jsonName());
    json.writeStringField("subject", claim.subject());
    json.writeStringField("predicate", claim.predicate());
    json.writeStringField("object", claim.object());
    if (claim.time().isPresent()) {
      TimeExpression time = claim.time().get();
      json.writeObjectFieldStart("time");
      json.writeStringField("text", time.text());
      json.writeStringField("value", time.value());
      json.writeStringField("type", time.type().name());
      json.writeNumberField("start", time.start());
      json.writeNumberField("end", time.end());
      if (time.interval().isPresent()) {
        json.writeStringField("earliest", time.interval().get().earliest().toString());
        json.writeStringField("latest", time.interval().get().latest().toString());
      }
      json.writeEndObject();
    }
    if (claim.attribution().isPresent()) {
      Attribution attribution = claim.attribution().get();
      json.writeObjectFieldStart("attribution");
      json.writeStringField("speaker", attribution.speaker());
      json.writeStringField("cue", attribution.cue());
      json.writeStringField("polarity", polarity(attribution));
      writeChain(json, attribution);
      json.writeEndObject();
    }
    writeSlots(json, claim);
    json.writeEndObject();
  }

  private static void writeChain(JsonGenerator json, Attribution attribution) throws IOException {
    json.writeArrayFieldStart("chain");
    for (String link : attribution.chain()) {
      json.writeString(link);
    }
    json.writeEndArray();
  }

  private static void writeSlots(JsonGenerator json, Claim claim) throws IOException {
    json.writeObjectFieldStart("slots");
    for (Map.Entry<String, String> slot : claim.slots().entrySet()) {
      json.writeStringField(slot.getKey(), slot.getValue());
    }
    json.writeEndObject();
  }

  private static String polarity(Attribution attribution) {
    return attribution.polarity().name().toLowerCase(Locale.ROOT);
  }
}
