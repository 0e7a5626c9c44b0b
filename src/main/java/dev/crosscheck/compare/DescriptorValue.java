package dev.crosscheck.compare;

import java.util.Locale;

/**
 * How a source characterises an event ("beautiful", "birthday greeting"). Characterisations add up rather
 * than exclude each other, so equal ones agree and different ones are never a conflict.
 */
record DescriptorValue(String descriptor) implements Value {

  @Override
  public String key() {
    return descriptor.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String describe() {
    return "'" + descriptor + "'";
  }

  @Override
  public Relation relate(Value other) {
    return other instanceof DescriptorValue that && key().equals(that.key()) ? Relation.SAME : Relation.UNRELATED;
  }
}
