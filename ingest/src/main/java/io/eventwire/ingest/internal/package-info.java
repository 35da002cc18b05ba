/**
 * Ingest internals, not API: file readers (text decoding, ninjs, HTML metadata), the manifest, the
 * change tracker for watch mode and the progress bar.
 */
@NullMarked
package io.eventwire.ingest.internal;

import org.jspecify.annotations.NullMarked;
