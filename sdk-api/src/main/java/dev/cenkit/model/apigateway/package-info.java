/**
 * API Gateway resources: instances (shared or dedicated), their VPC binding, API groups with their
 * second-level domains, APIs with their backends and stages, and VPC access authorizations.
 */
@NullMarked
package dev.cenkit.model.apigateway;

import org.jspecify.annotations.NullMarked;
