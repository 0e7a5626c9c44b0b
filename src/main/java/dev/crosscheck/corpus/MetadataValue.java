package dev.crosscheck.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * One metadata field of a document with its provenance: the value when known, the basis it rests on, and
 * the evidence (the text it was read from) so a reviewer can check it.
 */
public record MetadataValue<T>(Optional<T> value, Basis basis, String evidence) {

  public MetadataValue {
    checkArgument(value.isPresent() == (basis != Basis.UNKNOWN),
        "a value must be present exactly when its basis is known: %s %s", value, basis);
  }

  public static <T> MetadataValue<T> of(T value, Basis basis, String evidence) {
    return new MetadataValue<>(Optional.of(value), basis, evidence);
  }

  public static <T> MetadataValue<T> unknown() {
    return new MetadataValue<>(Optional.empty(), Basis.UNKNOWN, "");
  }

  public boolean isKnown() {
    return value.isPresent();
  }
}
