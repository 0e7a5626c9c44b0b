package dev.crosscheck.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
      a.put("polarity", attribution.polarity().name().toLowerCase(Locale.ROOT));
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

  /** Reads back what {@link #toJson} wrote, e.g. from a cache of earlier runs. */
  public static Claim fromJson(JsonNode node) {
    String documentId = node.get("document").asText();
    Optional<TimeExpression> time = Optional.ofNullable(node.get("time")).map(t -> timeFromJson(t, documentId));
    Optional<Attribution> attribution = Optional.ofNullable(node.get("attribution")).map(a -> new Attribution(
        a.get("speaker").asText(), a.get("cue").asText(),
        Polarity.valueOf(a.get("polarity").asText().toUpperCase(Locale.ROOT)), strings(a.get("chain"))));
    ImmutableSortedMap.Builder<String, String> slots = ImmutableSortedMap.naturalOrder();
    node.get("slots").fields().forEachRemaining(slot -> slots.put(slot.getKey(), slot.getValue().asText()));
    return new Claim(node.get("id").asText(), documentId, node.get("sentence").asInt(),
        text(node, "sentenceText"), node.get("start").asInt(), node.get("end").asInt(),
        ClaimType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT)), text(node, "subject"),
        text(node, "predicate"), text(node, "object"), time, attribution, slots.build());
  }

  /** Reads back what {@link #timeJson} wrote. */
  public static TimeExpression timeFromJson(JsonNode node, String documentId) {
    Optional<TimeInterval> interval = node.has("earliest")
        ? Optional.of(new TimeInterval(LocalDate.parse(node.get("earliest").asText()),
            LocalDate.parse(node.get("latest").asText())))
        : Optional.empty();
    return new TimeExpression(documentId, node.get("start").asInt(), node.get("end").asInt(),
        node.get("text").asText(), TimexType.valueOf(node.get("type").asText()), node.get("value").asText(),
        interval);
  }

  /** A string field as written: {@code null} stays {@code null}, as {@link #toJson} would have it. */
  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static ImmutableList<String> strings(JsonNode array) {
    ImmutableList.Builder<String> strings = ImmutableList.builder();
    if (array != null) {
      array.forEach(element -> strings.add(element.asText()));
    }
    return strings.build();
  }
}
