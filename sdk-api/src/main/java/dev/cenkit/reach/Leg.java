package dev.cenkit.reach;

/** The part of a question a hop or blocker belongs to. */
public enum Leg {
  /** Network traffic between two endpoints. */
  NETWORK,
  /** From the client to the API Gateway (the group's VPC domain). */
  CLIENT_TO_API,
  /** From the API Gateway to the API's backend. */
  API_TO_BACKEND
}
