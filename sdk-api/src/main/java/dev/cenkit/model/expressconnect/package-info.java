/**
 * Express Connect and on-premises resources: data centers (cenkit's model of the customer side, D10),
 * physical connections (circuits), virtual border routers, router interfaces, and the CEN cloud-service routes
 * that let a data center reach services in 100.64.0.0/10 (R31-R35).
 */
@NullMarked
package dev.cenkit.model.expressconnect;

import org.jspecify.annotations.NullMarked;
