/// Module CetakBind.
enum CetakBindModule {}
