package dev.crosscheck.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.time.TimeExpression;
import java.util.Map;

/**
 * The JSON form of a claim, shared by {@code claims/<document>.jsonl} and report.json. Keys are written in
 * sorted order so files are byte-identical across runs and diff cleanly.
 */
public final class ClaimJson {

  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ClaimJson() {}

  public static ObjectNode toJson(Claim claim) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", claim.id());
    node.put("document", claim.documentId());
    node.put("sentence", claim.sentence());
    node.put("sentenceText", claim.sentenceText());
    node.put("start", claim.start());
    node.put("end", claim.end());
    node.put("type", claim.type().jsonName());
    node.put("subject", claim.subject());
    node.put("predicate", claim.predicate());
    node.put("object", claim.object());
    claim.time().ifPresent(time -> node.set("time", timeJson(time)));
    claim.attribution().ifPresent(attribution -> {
      ObjectNode a = node.putObject("attribution");
      a.put("speaker", attribution.speaker());
      a.put("cue", attribution.cue());
      a.put("polarity", attribution.polarity().name().toLowerCase(java.util.Locale.ROOT));
      attribution.chain().forEach(a.putArray("chain")::add);
    });
    ObjectNode slots = node.putObject("slots");
    for (Map.Entry<String, String> slot : claim.slots().entrySet()) {
      slots.put(slot.getKey(), slot.getValue());
    }
    return node;
  }

  /** {@code {"text", "value", "type", "start", "end", "earliest", "latest"}}; the interval when bounded. */
  public static ObjectNode timeJson(TimeExpression time) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", time.text());
    node.put("value", time.value());
    node.put("type", time.type().name());
    node.put("start", time.start());
    node.put("end", time.end());
    time.interval().ifPresent(interval -> {
      node.put("earliest", interval.earliest().toString());
      node.put("latest", interval.latest().toString());
    });
    return node;
  }
}
