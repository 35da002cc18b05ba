/**
 * Eventwire's topic contracts: the Avro value classes (generated into {@code io.eventwire.schema}),
 * their Confluent wire-format serde, schema ids (pinned locally or from a registry) and the topic
 * catalogue.
 */
@NullMarked
package io.eventwire.schemas;

import org.jspecify.annotations.NullMarked;
