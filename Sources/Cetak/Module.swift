/// Module Cetak.
enum CetakModule {}
