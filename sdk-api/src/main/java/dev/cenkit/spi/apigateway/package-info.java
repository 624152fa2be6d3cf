/** Requests of the API Gateway actions ({@code CloudAPI} 2016-07-14). */
@NullMarked
package dev.cenkit.spi.apigateway;

import org.jspecify.annotations.NullMarked;
