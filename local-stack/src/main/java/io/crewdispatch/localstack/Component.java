package io.crewdispatch.localstack;

/** One running part of the local stack. */
interface Component extends AutoCloseable {

  String name();

  /** Starts it and returns once it answers. */
  void start() throws Exception;

  /** Where a person finds it. */
  String location();

  @Override
  void close();
}
