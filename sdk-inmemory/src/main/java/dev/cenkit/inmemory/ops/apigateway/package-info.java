/** Internal: the handlers of the API Gateway actions (instances, groups, APIs, VPC access, deployment). */
@NullMarked
package dev.cenkit.inmemory.ops.apigateway;

import org.jspecify.annotations.NullMarked;
