package dev.sourced.classroom;

/** What a session asks its owner to do after a step; the owner answers with what happened. */
public sealed interface ClassEffect permits ClassEffect.Save {

  /** The session has something new worth keeping: a locked, skipped or corrected question, its end. */
  record Save() implements ClassEffect {}
}
