package io.crewdispatch.platform.dynamodb;

/** Turns a logical table name into the physical one by adding the environment's prefix. */
public record TableNames(String prefix) {

  public TableNames {
    prefix = prefix == null ? "" : prefix;
  }

  public String physical(String logicalName) {
    return prefix + logicalName;
  }
}
