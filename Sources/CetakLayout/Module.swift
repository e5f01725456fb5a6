/// Module CetakLayout.
enum CetakLayoutModule {}
