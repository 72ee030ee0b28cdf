package io.crewdispatch.platform.dynamodb;

import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.ops.IntegrationAnswers;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Tells {@link IntegrationAnswers} that DynamoDB answered each call that succeeded. */
final class DynamoDbAnswers implements ExecutionInterceptor {

  private final IntegrationAnswers answers;

  DynamoDbAnswers(IntegrationAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    answers.answered(Integration.DYNAMODB);
  }
}
