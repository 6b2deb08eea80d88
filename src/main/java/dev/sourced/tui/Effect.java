package dev.sourced.tui;

import dev.sourced.classroom.ClassEvent;
import dev.sourced.classroom.Session;

/** What App.update asks the runtime (Tui) to do; each is answered, if at all, by a Msg. */
public sealed interface Effect permits Effect.LoadPacks, Effect.OpenRoom, Effect.ToRoom, Effect.LeaveRoom,
    Effect.ListSessions, Effect.Resume, Effect.RemovePlayer, Effect.OpenDoors, Effect.RememberPacks {

  /** Load the packs off the screen's thread; answered by PacksLoaded or PacksFailed. */
  record LoadPacks() implements Effect {}

  /** Give this new session a room and show it here; answered by RoomChanged. */
  record OpenRoom(Session session) implements Effect {}

  /** Send an event to the room this screen shows; answered by RoomChanged when anything shows it. */
  record ToRoom(ClassEvent event) implements Effect {}

  /** This screen is done with its room. */
  record LeaveRoom() implements Effect {}

  /** Keep the packs chosen for the next start of the program; nothing answers. */
  record RememberPacks(java.util.List<String> ids) implements Effect {}

  /** List the sessions in the results folder, off this screen's thread; answered by SessionsListed. */
  record ListSessions() implements Effect {}

  /** Resume the session saved in this file and show its room here; answered by RoomChanged or ResumeFailed. */
  record Resume(String file) implements Effect {}
  /** Remove a remote player from the room: told so, and never let back in this session. */
  record RemovePlayer(String id) implements Effect {}

  /** Let newcomers join the room from their terminals, or not. */
  record OpenDoors(boolean on) implements Effect {}
}
