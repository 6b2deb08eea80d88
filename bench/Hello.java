public class Hello {
  public static void main(String[] args) throws Exception {
    java.time.Instant now = java.time.Instant.now();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("SOURCED_FIRST_FRAME_FILE")), micros + "\n");
    System.out.println("hello");
  }
}
