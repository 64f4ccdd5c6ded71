# LinkStar — Bahasa Indonesia. Nominal uang, tanggal, dan angka besar sudah diformat untuk
# pembaca sebelum sampai di sini.

## Pemberitahuan untuk kreator

notice-invite =
    Kamu diundang ke { $campaign }! Promosikan { $product } dengan fee sebesar { $fee }.
    Mohon balas sebelum { $respond_by }.
notice-offer-revised =
    Penawaran untuk { $campaign } telah berubah: { $changed }. Fee sekarang menjadi { $fee }.
    Silakan tinjau dan setujui kembali sebelum { $respond_by }.
notice-contract-confirmed =
    Semua beres untuk { $campaign }: persetujuanmu sudah tercatat dan ketentuannya sudah final. Draf pertamamu harus dikirim paling lambat { $draft_due }.
    Nomor referensi ketentuan: { $terms_hash }
notice-changes-requested =
    Brand meminta beberapa perubahan pada draf kamu untuk { $campaign } (revisi ke-{ $round } dari { $rounds }):
    { $notes }
notice-draft-approved = Kabar baik: draf kamu untuk { $campaign } sudah disetujui! Silakan unggah antara { $publish_opens } dan { $publish_closes }, dan jangan lupa cantumkan tanda iklan.
notice-draft-approved-tracking = Gunakan tautan pelacakan ini di postinganmu: { $link }
notice-draft-approved-discount = Kode diskon untuk pengikutmu: { $code }
notice-post-verified = Postingan kamu untuk { $campaign } sudah terverifikasi. Terima kasih!
notice-payment-scheduled = Pembayaran sebesar { $amount } dijadwalkan pada { $due }.
notice-payment-paid = Kami sudah mengirimkan { $amount } kepadamu. Referensi pembayaran: { $reference }
notice-deal-cancelled = Brand membatalkan kolaborasi untuk { $campaign }. Mohon maaf atas perubahan rencana ini.
notice-invite-expired = Penawaran untuk { $campaign } sudah kedaluwarsa karena kami tidak menerima jawaban tepat waktu.

## Pemberitahuan untuk tim

notice-counter-received = { $creator } mengajukan fee { $fee } untuk kesepakatan #{ $deal }.
notice-offer-declined = { $creator } menolak penawaran untuk kesepakatan #{ $deal }.
notice-draft-submitted = { $creator } mengirim draf versi { $version } untuk kesepakatan #{ $deal }. Draf ini menunggu tinjauanmu.
notice-post-submitted = { $creator } mengirim tautan postingan yang sudah tayang untuk kesepakatan #{ $deal }: { $url }
notice-draft-auto-approved = Draf dari { $creator } untuk kesepakatan #{ $deal } disetujui otomatis karena menunggu lebih lama dari batas waktu peninjauan { $hours } jam.
notice-creator-unreachable = { $creator } tidak bisa dihubungi lagi di { $platform }: bot diblokir atau pesan ditutup. Pesan untuknya menunggu sampai ia menulis lagi.

## Ringkasan harian untuk tim

digest-title = Ringkasan harian { $day }
digest-quiet = Hari ini tidak ada yang perlu Anda tangani.
digest-reviews-late = { $count ->
   *[other] { $n } draf menunggu melewati batas waktu tinjauan:
}
digest-counters = { $count ->
   *[other] { $n } tawaran balik menunggu jawaban Anda:
}
digest-payments-overdue = { $count ->
   *[other] { $n } pembayaran sudah lewat jatuh tempo:
}
digest-unreachable = { $count ->
   *[other] { $n } kreator tidak bisa dihubungi:
}
digest-deadlines-overdue = { $count ->
   *[other] { $n } kerja sama melewati tenggat draf atau unggahan:
}
digest-due-today = { $count ->
   *[other] { $n } hal jatuh tempo hari ini:
}
digest-more = { $count ->
   *[other] …dan { $n } lainnya
}
digest-item-review = #{ $deal } { $creator }: tinjauan seharusnya selesai { $due }
digest-item-counter = #{ $deal } { $creator }: mengusulkan { $fee } (sejak { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, jatuh tempo { $due }
digest-item-unreachable = { $creator } (di { $platform })
digest-item-respond-by = #{ $deal } { $creator }: jawaban atas penawaran paling lambat { $due }
digest-item-draft = #{ $deal } { $creator }: draf paling lambat { $due }
digest-item-post = #{ $deal } { $creator }: unggahan paling lambat { $due }

## Ketentuan yang bisa berubah dalam penawaran revisi

term-deliverables = hasil kerja
term-fee = fee
term-payment_model = skema pembayaran
term-deposit_pct = uang muka
term-usage_rights = hak penggunaan
term-exclusivity_days = eksklusivitas
term-respond_by = batas waktu jawaban
term-draft_due = tenggat draf
term-publish_window = periode unggah
term-revision_rounds = jumlah revisi
term-review_sla_hours = waktu tinjauan brand
term-min_live_days = lama postingan harus tayang
term-other = ketentuan lainnya

## Galat, menurut kode tetap

error-review-note-time = Ada waktu di catatan yang bukan momen dalam video, atau tidak diikuti catatan apa pun. Tulis waktu sebagai m:ss atau h:mm:ss lalu perubahannya, misalnya "0:12 tampilkan labelnya".
error-illegal-transition = Hal itu tidak bisa dilakukan pada tahap kesepakatan saat ini.
error-revision-rounds-exhausted = Semua jatah revisi sudah terpakai.
error-payment-before-verification = Pembayaran ini baru bisa dilakukan setelah postingan diverifikasi.
error-payments-open = Masih ada pembayaran yang belum selesai untuk kesepakatan ini.
error-terms-changed = Ketentuannya berubah setelah kamu melihatnya. Silakan tinjau penawaran baru dan setujui kembali.
error-invalid-value = Sepertinya ada yang kurang tepat. Silakan periksa lalu coba lagi.
error-brief-template-invalid = Templat brief mengandung kesalahan. Silakan periksa penandanya.
error-post-link-not-a-url = Itu sepertinya bukan tautan. Silakan kirim alamat lengkap postinganmu.
error-post-link-wrong-platform = Tautan itu berasal dari platform yang berbeda dengan yang ada di kesepakatanmu.
error-post-link-wrong-account = Postingan itu berasal dari akun lain. Silakan kirim tautan postingan di akunmu sendiri.
error-post-link-already-used = Tautan postingan itu sudah pernah dikirim untuk kesepakatan lain.
error-post-link-short = Itu tautan pendek, yang tidak menunjukkan milik siapa postingannya. Buka postinganmu di aplikasi, ketuk Bagikan → Salin tautan, lalu kirim tautan lengkap itu (bentuknya seperti https://www.tiktok.com/@namamu/video/…).
error-not-found = Kami tidak dapat menemukannya. Mungkin sudah dihapus.
error-not-your-deal = Kesepakatan itu milik orang lain.
error-token-unknown = Tautan undangan itu tidak valid. Pastikan kamu menyalinnya secara lengkap.
error-token-used = Tautan undangan itu sudah dipakai. Kalau bukan kamu yang memakainya, silakan hubungi brand.
error-token-expired = Tautan undangan itu sudah kedaluwarsa. Silakan minta tautan baru ke brand.
error-forbidden = Kamu tidak memiliki izin untuk melakukan itu.
error-duplicate = Itu sudah ada.
error-storage = Ada masalah di sistem kami. Silakan coba lagi sebentar lagi.
error-unknown = Maaf, terjadi kesalahan. Silakan coba lagi.

## Pemeriksaan otomatis draf

check-missing-disclosure = Caption kamu belum mencantumkan tanda iklan: tambahkan { $accepted } sebelum mengunggah.
check-missing-hashtag = Caption kamu belum memuat hashtag { $tag }.
check-missing-mention = Caption kamu belum menyebut { $handle }.
check-forbidden-claim = Caption kamu memuat klaim yang tidak boleh dibuat oleh brand: "{ $claim }". Mohon dihapus.
check-caption-too-long = Caption kamu berisi { $chars } karakter; batasnya { $max }.
check-file-empty = Berkas yang diterima kosong. Silakan kirim ulang.
check-file-too-large = Berkas ini lebih besar dari batas { $max }. Kirim berkas yang lebih kecil, misalnya hasil ekspor yang lebih pendek atau beresolusi lebih rendah.
check-file-mib = { $size } MiB
check-file-type = Jenis berkas ini tidak diterima. Silakan kirim { $allowed }.
check-file-kind-video = video
check-file-kind-image = gambar
check-file-kind-audio = berkas audio
check-file-kind-pdf = berkas PDF
check-file-kind-other = berkas { $kind }

## Tahap kesepakatan

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Tampilkan gambar
action-save-file = Simpan berkas ke folder
action-open-file = Buka dengan penampil sistem
dash-this-version = Versi ini
dash-earlier-versions = Versi sebelumnya dan catatannya
dash-first-version = Ini versi pertama.
dash-file-type = Jenis
dash-file-size = Ukuran
dash-file-picture = Gambar
dash-save-to = Simpan berkas di folder ini
dash-file-saved = Disimpan sebagai
dash-file-opened = Dibuka dengan penampil sistem.
dash-file-missing = Berkas tidak ada di penyimpanan berkas: tidak pernah sampai ke sini atau sudah dihapus.
dash-file-unreadable = Berkas tidak dapat dibaca atau ditulis:
dash-open-remote = Membuka berkas hanya bisa jika dasbor berjalan di komputer ini; lewat SSH, simpan berkasnya saja.
dash-open-failed = Penampil sistem (xdg-open atau open) tidak dapat dijalankan.
dash-not-a-picture = Hanya gambar yang ditampilkan di sini; simpan atau buka berkas ini.
dash-no-file = Draf ini hanya teks: tidak ada berkas.
dash-notes-video-hint = satu catatan per baris, dengan waktu di video: 0:12 tunjukkan labelnya

stage-offered = Ditawarkan
stage-negotiating = Negosiasi
stage-contracted = Dikontrak
stage-in_review = Sedang ditinjau
stage-changes_requested = Perlu revisi
stage-approved = Disetujui
stage-published = Sudah tayang
stage-verified = Terverifikasi
stage-completed = Selesai
stage-removed = Dihapus terlalu cepat
stage-declined = Ditolak
stage-expired = Kedaluwarsa
stage-cancelled = Dibatalkan

## Pengingat

time-left-days = tinggal { $days } hari
time-left-hours = tinggal { $hours } jam
time-left-overdue = sudah lewat tenggat
reminder-respond-by = Pengingat: mohon jawab penawaran untuk { $campaign } sebelum { $due } ({ $left }).
reminder-draft-due = Pengingat: draf kamu untuk { $campaign } harus dikirim paling lambat { $due } ({ $left }).
reminder-publish-by = Pengingat: mohon unggah postinganmu untuk { $campaign } sebelum { $due } ({ $left }).

## Negosiasi: jawaban brand atas tawaran balik, pengingat, dan kedaluwarsanya

# Jawaban brand (issue 15): tawaran balik ditolak, catatan tawaran balik brand, postingan ditolak, catatan dengan waktu video
notice-counter-declined = Brand belum bisa memenuhi fee yang kamu usulkan untuk { $campaign }. Penawarannya sebesar { $fee } tetap berlaku: kamu bisa menerima, menolak, atau mengusulkan fee lain sebelum { $due }.
notice-brand-note = Catatan dari brand: { $note }
notice-post-refused =
    Brand tidak dapat menerima tautan yang kamu kirim untuk { $campaign } ({ $url }): { $reason }
    Silakan perbaiki lalu kirim lagi tautan postinganmu.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Kesepakatan #{ $deal }: { $creator } menunggu jawaban Anda atas usulan honor sebesar { $fee }. Terima atau revisi tawaran sebelum { $due } ({ $left }), atau tawaran akan kedaluwarsa.
notice-counter-expired = Kesepakatan #{ $deal }: tidak ada yang menjawab usulan honor { $fee } dari { $creator } tepat waktu, jadi tawaran telah kedaluwarsa.
notice-negotiation-expired = Brand tidak menjawab usulan honormu sebesar { $fee } untuk { $campaign } tepat waktu, jadi tawaran telah kedaluwarsa.
deadline-counter_answer = jawaban atas tawaran balik
scheduled-remind-counter = Pengingat tim: jawab tawaran balik
bot-status-counter = Berikutnya: brand sedang mempertimbangkan usulan honormu sebesar { $fee } hingga { $due } ({ $left })

## Tombol, perintah, dan layar

button-accept = Terima
button-decline = Tolak
button-propose-fee = Ajukan fee
button-read-brief = Baca brief lengkap
command-link = Hubungkan chat ini dengan undangan LinkStar kamu
command-status = Kesepakatan, tenggat, dan pembayaranmu
command-help = Apa yang perlu dilakukan selanjutnya
command-language = Ganti bahasa
command-draft = Kirim draf untuk ditinjau
command-post = Kirim tautan postingan yang sudah terbit
option-token = Kode dari undanganmu
option-file = Drafmu: video, foto, atau dokumen
option-caption = Caption yang akan kamu unggah bersamanya
option-url = Tautan postingan yang sudah terbit
field-fee = Tarifmu, misalnya 600 EUR
discord-name-link = tautkan
discord-name-deals = kesepakatan
discord-name-draft = draf
discord-name-post = postingan
discord-name-language = bahasa
discord-name-help = bantuan
discord-name-token = kode
discord-name-file = berkas
discord-name-caption = keterangan
discord-name-url = tautan
screen-pipeline = Alur kesepakatan
screen-campaigns = Kampanye
screen-creators = Kreator
screen-review = Antrean tinjauan
screen-payments = Pembayaran
screen-reports = Laporan
screen-activity = Aktivitas

## Bot Telegram di luar chat pribadi kreator

bot-private-chat-only = Saya hanya bekerja di chat pribadi. Silakan kirim pesan langsung ke saya.
bot-not-your-button = Tombol ini bukan untukmu, jadi tidak ada yang diubah.

## Bahasa, masing-masing dengan namanya sendiri (sama di setiap berkas)

language-en-US = English
language-zh-CN = 简体中文
language-es-ES = Español
language-pt-BR = Português (Brasil)
language-id-ID = Bahasa Indonesia
language-th-TH = ไทย
language-vi-VN = Tiếng Việt
language-de-DE = Deutsch
language-fr-FR = Français
language-ja-JP = 日本語
language-changed = Siap! Mulai sekarang aku akan menulis dalam { $language }.

## Asisten kreator di chat

bot-welcome =
    { $platform ->
        [discord] Halo! Saya asisten untuk kolaborasi kamu dengan brand. Untuk mulai, kirim { $link } dengan kode dari undangan yang dikirim brand kepadamu.
       *[other] Halo! Saya asisten untuk kolaborasi kamu dengan brand. Untuk mulai, buka tautan undangan yang dikirim brand kepadamu.
    }
bot-not-linked =
    { $platform ->
        [discord] Chat ini belum terhubung ke undangan. Silakan kirim { $link } dengan kode dari undangan yang dikirim brand kepadamu.
       *[other] Chat ini belum terhubung ke undangan. Silakan buka tautan undangan yang dikirim brand kepadamu.
    }
bot-linked = Selamat datang, { $name }! Chat ini sudah terhubung. Penawaran untuk { $campaign } segera menyusul.
bot-unknown-command = Saya tidak mengenal perintah itu. Kirim { $help } untuk melihat apa yang bisa saya bantu.
bot-nothing-expected = Saat ini saya tidak sedang menunggu apa pun darimu. Kirim { $status } untuk melihat kolaborasimu.
bot-button-stale = Tombol itu sudah tidak berlaku. Kirim { $status } untuk melihat perkembangannya.
bot-ask-fee = Berapa fee yang ingin kamu ajukan untuk { $campaign }? Kirim jumlahnya dalam { $currency }, misalnya { $example }. Untuk membiarkan penawaran seperti semula, ketuk Batal.
bot-fee-invalid = Saya tidak bisa membaca itu sebagai jumlah. Kirim angkanya saja, misalnya { $example }. Atau ketuk Batal.
bot-counter-sent = Terima kasih! Ajuan { $fee } sudah saya kirim ke brand. Saya kabari begitu mereka menjawab.
bot-accepted = Kamu menerima penawaran untuk { $campaign }.
bot-declined = Kamu menolak penawaran untuk { $campaign }. Terima kasih sudah memberi tahu!
bot-brief = Brief untuk { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Kirim draf untuk { $campaign } dengan { $draft }: lampirkan berkasnya dan tambahkan caption kamu.
       *[other] Kirim draf untuk { $campaign } sebagai file, foto, atau video, dengan caption di pesan yang sama.
    }
bot-which-deal = Draf ini untuk kolaborasi yang mana?
bot-draft-received = Diterima! Draf versi { $version } untuk { $campaign } sekarang sedang ditinjau brand.
bot-checks-passed = Pemeriksaan otomatis: caption kamu sudah lengkap.
bot-checks-found = Pemeriksaan otomatis menemukan hal yang perlu diperbaiki sebelum posting:
bot-post-received = Terima kasih! Postinganmu untuk { $campaign } sudah tercatat. Brand akan segera memverifikasinya.
bot-language-choose = Pilih bahasamu:
bot-status-empty = Kamu belum punya kolaborasi.
bot-status-title = Kolaborasimu:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Berikutnya: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Pembayaran: { $amount }, jatuh tempo { $due }
bot-status-payment-paid = Pembayaran: { $amount }, sudah dibayar
bot-help-not-linked =
    { $platform ->
        [discord] Kirim { $link } dengan kode dari undangan brand untuk menghubungkan chat ini. Setelah itu, penawaranmu akan saya tampilkan di sini.
       *[other] Buka tautan undangan dari brand untuk menghubungkan chat ini. Setelah itu, penawaranmu akan saya tampilkan di sini.
    }
bot-help-offered = Baca penawaran untuk { $campaign } dan brief-nya, lalu jawab dengan tombol di bawah penawaran.
bot-help-negotiating = Brand sedang mempertimbangkan fee yang kamu ajukan untuk { $campaign }. Saya kabari begitu mereka menjawab.
bot-help-contracted =
    { $platform ->
        [discord] Kirim draf untuk { $campaign } dengan { $draft }: video, foto, atau dokumen, beserta caption-nya.
       *[other] Kirim draf untuk { $campaign } di sini: video, foto, atau dokumen, dengan caption di pesan yang sama.
    }
bot-help-in-review = Brand sedang meninjau draf kamu untuk { $campaign }. Jawabannya akan saya kirim di sini.
bot-help-changes =
    { $platform ->
        [discord] Brand meminta perubahan untuk { $campaign }. Kirim versi baru draf kamu dengan { $draft }.
       *[other] Brand meminta perubahan untuk { $campaign }. Kirim versi baru draf kamu di sini.
    }
bot-help-approved = Publikasikan postinganmu untuk { $campaign } dalam periode publikasi, lalu kirimkan tautannya kepada saya.
bot-help-published = Brand sedang memverifikasi postinganmu untuk { $campaign }.
bot-help-done = Belum ada yang perlu dikerjakan. Saya akan menghubungimu kalau ada yang perlu.
bot-help-commands = Perintah:
bot-expect-answer = Penawaran untuk { $campaign } sedang menunggu jawabanmu: terima, tolak, atau ajukan fee lain dengan tombol di bawah ini.
bot-already-linked = Kamu sudah terhubung: chat ini sudah tertaut ke undanganmu untuk { $campaign }, jadi tautan itu tidak perlu dibuka lagi.
bot-already-accepted = Kamu sudah menerima penawaran untuk { $campaign } pada { $date }.
bot-deal-unavailable = Kolaborasi itu tidak tersedia di chat ini. Kirim { $status } untuk melihat kolaborasimu.
bot-fee-wrong-currency = Fee harus dalam { $currency }, mata uang kesepakatan ini, bukan { $found }. Kirim jumlahnya dalam { $currency }, misalnya { $example }, atau ketuk Batal.
bot-fee-cancelled = Baik, tidak ada fee baru yang diajukan. Penawaran untuk { $campaign } tetap seperti semula: jawab dengan tombol di bawah ini.
bot-nothing-to-cancel = Saat ini tidak ada yang perlu dibatalkan.
bot-post-early = Periode publikasi untuk { $campaign } baru dibuka pada { $opens }. Apakah postinganmu sudah tayang? Ketuk "Ya, sudah tayang" untuk mengirim tautannya ke brand, atau Batal.
bot-post-early-cancelled = Baik, tautan itu tidak saya catat. Kirim lagi setelah postinganmu tayang, mulai { $opens }.
bot-post-link-expected = Saya menunggu tautan postinganmu yang sudah tayang untuk { $campaign }. Kirim tautan lengkap dari Bagikan → Salin tautan di aplikasi, misalnya https://www.tiktok.com/@namamu/video/…
bot-button-cancel = Batal
bot-button-post-live = Ya, sudah tayang
bot-format-video = video
bot-format-image = postingan foto
bot-format-story = story
bot-format-live = siaran langsung
bot-payment-fixed = fee tetap, { $deposit } % dibayar saat tanda tangan
bot-payment-cps = komisi { $rate } % dari penjualan
bot-payment-hybrid = fee tetap ditambah komisi { $rate } % dari penjualan, { $deposit } % dari fee dibayar saat tanda tangan
bot-rights-organic = hanya postinganmu sendiri
bot-rights-paid-ads = brand boleh menayangkan postinganmu sebagai iklan selama { $days } hari
bot-rights-perpetual = penggunaan tanpa batas oleh brand
bot-card =
    { $campaign } · { $product }
    Konten: { $deliverables }
    Fee: { $fee } ({ $payment })
    Hak penggunaan: { $rights }
    Eksklusivitas: { $exclusivity_days } hari
    Batas draf: { $draft_due }
    Publikasi antara { $publish_opens } dan { $publish_closes }
    Putaran revisi termasuk: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Konten yang diserahkan
pipeline-col-warnings = Peringatan
pipeline-warn-risk = tanda risiko: { $flags }
pipeline-warn-market = di luar pasar kampanye ({ $country })
pipeline-warn-budget = melebihi sisa anggaran (sisa { $left })
pipeline-dry-run = Uji coba: { $count } penawaran akan dikirim, total { $total }. Tidak ada yang dikirim.
pipeline-confirm-offers = Kirim { $count } penawaran untuk { $campaign }, total { $total }? [y/N]
pipeline-needs-yes = Tidak ada yang berubah: bukan di terminal, jadi tidak ada yang bisa mengonfirmasi. Periksa dulu (offers send punya --dry-run), lalu tambahkan { $flag } untuk melanjutkan.
pipeline-nothing-changed = Tidak ada yang berubah.
pipeline-offers-sent = { $sent } penawaran dikirim, { $refused } ditolak.
pipeline-offer-refused = { $creator }: tidak dikirim: { $reason }
pipeline-no-rate = { $creator } tidak punya tarif untuk { $format }: berikan --fee "JUMLAH MATA-UANG".
pipeline-no-recipients = Tidak ada kreator tujuan: sebutkan dengan --creator, --csv, atau --search.
pipeline-bad-search = “{ $term }” bukan kata kunci pencarian. Gunakan platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk, atau kata bebas untuk nama atau handle.
pipeline-counter-accepted = Kesepakatan { $deal }: tawaran balik { $creator } sebesar { $fee } diterima; kreator mengonfirmasinya di chat.
pipeline-countered-back = Kesepakatan { $deal }: Anda menawarkan { $fee }; { $creator } menjawab paling lambat { $due }.
pipeline-counter-declined = Kesepakatan { $deal }: tawaran balik ditolak; penawaran { $fee } tetap berlaku.
pipeline-cancel-heading = Membatalkan kesepakatan { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] tetap lunas
        [cancelled] sudah dibatalkan sebelumnya
       *[voided] dibatalkan
    }
pipeline-cancel-no-payments = Tidak ada pembayaran yang terdampak.
pipeline-confirm-cancel = Batalkan kesepakatan { $deal }? [y/N]
pipeline-cancelled = Kesepakatan { $deal } dibatalkan; kreator sudah diberi tahu.
pipeline-approved = Kesepakatan { $deal }: draf { $version } disetujui; kreator sudah menerima jadwal publikasi.
pipeline-changes-requested = Kesepakatan { $deal }: perubahan diminta pada draf { $version } (putaran { $round } dari { $rounds }); kreator sudah menerima catatan Anda.
pipeline-post-verified = Kesepakatan { $deal }: postingan terverifikasi; pelunasan sudah dijadwalkan.
pipeline-post-refused = Kesepakatan { $deal }: tautan postingan ditolak; kreator diminta mengirim yang sudah diperbaiki.
pipeline-no-drafts = Kesepakatan { $deal } belum punya draf.
pipeline-draft-version = Versi { $version } · { $when } · { $kind ->
        [photo] foto
        [video] video
        [text] teks saja
       *[file] berkas
    }
pipeline-draft-file = Berkas: { $name } ({ $mime }, { $size } byte, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Disetujui
       *[changes] Perubahan diminta
    } { $when }: { $notes }
pipeline-draft-saved = Draf { $version } kesepakatan { $deal } disimpan di { $path }
pipeline-draft-exists = { $path } sudah ada; tidak ada yang ditimpa. Hapus berkas itu atau pilih folder --out lain.
pipeline-draft-no-version = Kesepakatan { $deal } tidak punya draf { $version }; yang terbaru adalah { $versions }.
pipeline-draft-blob-missing = Berkas draf { $version } tidak ada di penyimpanan berkas ({ $path }). Atur blob_dir (LINKSTAR_BLOB_DIR) ke folder yang dipakai `linkstar serve`.
pipeline-yes-words = y, ya, yes

console-database-ready = Basis data sudah mutakhir: { $url }
console-demo-reused = Memakai basis data demo yang sudah ada di { $url }
console-demo-seeded = Basis data demo dibuat di { $url }: { $campaigns } kampanye, { $creators } kreator, { $deals } kerja sama. Masuk sebagai operator “{ $operator }”.
console-pipeline-total = { $deals } kerja sama, { $creators } kreator di daftar
console-audit-intact = Log audit utuh: { $events } peristiwa terverifikasi
console-audit-unlinked = Log audit RUSAK pada peristiwa { $event }: tidak tersambung dengan peristiwa sebelumnya (ada peristiwa yang dihapus atau diubah).
console-audit-altered = Log audit RUSAK pada peristiwa { $event }: isinya diubah setelah ditulis.
console-import-progress = { $imported } kreator diimpor, { $refused } ditolak…
console-row-refused = Baris { $line }: { $reason }
console-import-done = { $imported } kreator diimpor; { $refused } baris ditolak.
console-exported = { $count } kreator diekspor.
console-offer-made = Penawaran { $deal } dikirim ke { $creator } untuk { $campaign }.
console-telegram-link-hint = Isi telegram_bot_username di pengaturan untuk mendapatkan tautan t.me.
console-brand-created = Merek { $id } dibuat: { $name }
console-operator-created = Operator { $id } dibuat.
console-campaign-created = Kampanye { $id } dibuat.
console-failed = Galat: { $message }
console-serve-running = linkstar serve: { $bots } berjalan, bersama pengirim pesan dan penjadwal pengingat. Hentikan dengan Ctrl-C.
console-serve-stopping = linkstar serve: berhenti setelah pesan yang sedang dikirim selesai. Tekan Ctrl-C lagi untuk berhenti sekarang.
console-serve-stopped = linkstar serve: berhenti.
console-serve-stopped-at-once = linkstar serve: langsung berhenti. Pesan yang sedang dikirim mungkin terkirim lagi.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Tombol ini milik percakapan orang lain dengan saya. Untuk kolaborasimu sendiri, kirimi saya pesan langsung.
discord-edit-not-taken = Kamu mengedit pesan sebelumnya. Saya hanya menerima suntingan jika itu jawaban yang sedang saya tunggu, jadi kirim ulang sebagai pesan baru.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (berjalan) — jumlah dalam { $currency } per { $as_of }
console-report-heading-closed = { $campaign } (ditutup) — jumlah dalam { $currency } per { $as_of }
console-report-rates = Kurs: { $rates }
console-report-rates-none = Kurs: tidak perlu konversi
console-report-totals = kerja sama { $deals } · disepakati { $committed } · dibayar { $paid }
console-report-reach = jangkauan { $reach } · interaksi { $engagements } · tingkat interaksi { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = klik { $clicks } · konversi { $conversions } · pendapatan { $revenue } · ROI { $roi }
console-report-delivery = draf tepat waktu { $on_time } · revisi per kerja sama { $revisions }
console-report-creators-note = (di kanan | : tiap kreator di semua kampanye — jumlah kerja sama, draf tepat waktu, revisi per kerja sama, unggahan yang dihapus terlalu cepat)
console-hours = { $hours } jam
console-metrics-imported = { $imported } data metrik diimpor; { $refused } baris ditolak.
console-metrics-recorded = Metrik untuk kerja sama { $deal } sudah dicatat.
console-metrics-fetch-failed = Kerja sama { $deal }: { $reason }
console-metrics-fetched = Metrik { $fetched } unggahan diambil; { $failed } gagal.
console-payment-deal = kerja sama { $deal }
console-payment-due = jatuh tempo { $due }
console-payments-listed = { $count } pembayaran
console-payment-paid = Pembayaran { $payment } sebesar { $amount } ditandai sudah dibayar ({ $reference }).
console-payments-now-due = { $count } pembayaran kini jatuh tempo.
console-bonus-scheduled = Pembayaran bonus { $payment } dijadwalkan untuk kerja sama { $deal }.
console-payout-file = { $path }: { $count } pembayaran
console-fx-rate-set = 1 { $from } = { $rate } { $to } pada { $date }
console-discount-code-set = Kerja sama { $deal }: kode diskon { $code }
console-discount-code-removed = Kerja sama { $deal }: kode diskon dihapus
console-attribution-exported = { $path }: { $count } kerja sama
console-commission-scheduled = Kerja sama { $deal }: komisi { $amount } dijadwalkan
console-campaign-closed = { $campaign } ditutup: { $commissions } komisi dijadwalkan, { $completed } kerja sama selesai.

## Kata-kata di tabel laporan (singkat karena menjadi judul kolom)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } tidak menerima “{ $value }”.
shell-pool-empty = Tidak ada kreator yang cocok dengan filter ini.
shell-pool-fit-for = Kecocokan untuk { $campaign }
shell-campaign-file-unreadable = Tidak dapat membaca { $file }: { $reason }
shell-campaign-file-kind = { $file }: berkas kampanye berakhiran .toml atau .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. Tidak ada yang diubah.
shell-campaign-updated = Kampanye “{ $name }” diperbarui.
shell-progress = { $job }: { $done } sejauh ini…
shell-progress-of = { $job }: { $done } dari { $total }
shell-progress-done = { $job }: selesai ({ $done }).
shell-job-import = Mengimpor kreator
shell-job-export = Mengekspor kreator
shell-job-demo = Menyiapkan demo
shell-job-backfill = Menjadwalkan pengingat
shell-job-metrics = Mengambil metrik
shell-job-payouts = Mengekspor pembayaran

report-campaign = Kampanye
report-deal = kerja sama
report-creator = kreator
report-stage = tahap
report-committed = disepakati
report-paid = dibayar
report-reach = jangkauan
report-engagement-rate = tingkat interaksi
report-cpm = CPM
report-cpc = CPC
report-revenue = pendapatan
report-roi = ROI
report-on-time = tepat waktu
report-deals = kerja sama
report-revisions = revisi
report-removals = dihapus
report-brand-speed = Kecepatan brand
report-this-campaign = kampanye ini
report-all-campaigns = semua kampanye
report-reviews = tinjauan
report-average-review = rata-rata waktu tinjauan
report-within-review-sla = tinjauan tepat waktu
report-payments-made = pembayaran selesai
report-average-delay = rata-rata keterlambatan bayar
report-paid-on-time = dibayar tepat waktu (72 jam)
report-overdue-now = terlambat saat ini

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = Tidak ada basis data di { $path }. Siapkan dengan `linkstar setup init` (merek Anda sendiri) atau `linkstar demo` (data contoh), atau sebutkan yang lain dengan --db.
setup-unreadable-database = Basis data di { $path } tidak dapat dibuka: { $reason }. Pastikan itu basis data LinkStar dan Anda boleh membaca serta menulisnya, atau sebutkan yang lain dengan --db.
setup-newer-schema = Basis data ini ditulis oleh LinkStar yang lebih baru (skema { $found }; versi ini hanya mengenal sampai { $known }). Pasang linkstar yang lebih baru untuk memakainya.
setup-unknown-campaign = Tidak ada kampanye “{ $name }”.
setup-unknown-creator = Tidak ada kreator “{ $name }” di daftar kreator.
setup-unknown-operator = Tidak ada operator “{ $name }” di basis data ini. Gunakan --operator dengan nama pengguna yang ada, atau tambahkan dengan `linkstar setup operator`.
setup-did-you-mean = Maksud Anda “{ $name }”?
setup-forbidden = Peran Anda ({ $role }) tidak boleh melakukan ini ({ $action }). Minta admin merek Anda melakukannya atau mengubah peran Anda.
setup-not-set-up = LinkStar belum disiapkan: { $url } belum punya merek maupun operator.
setup-set-up-with = Untuk menyiapkan merek Anda sendiri (Anda menjadi admin-nya), jalankan:
setup-or-try-the-demo = Atau coba dulu dengan data contoh:
setup-ask-brand = Nama merek
setup-ask-legal-name = Nama badan hukum (untuk kontrak)
setup-ask-currency = Mata uang (kode ISO, misalnya IDR)
setup-ask-operator-name = Nama Anda
setup-ask-token = Token bot { $bot } (kosongkan untuk melewati)
setup-done = { $brand } sudah disiapkan dengan Anda ({ $username }) sebagai admin, di { $url }. Basis data ini sekarang aktif; `linkstar` membuka dasbor.
setup-tokens-saved = Token bot disimpan di { $path }, hanya bisa dibaca oleh Anda.
setup-demo-active = Basis data demo sekarang aktif: perintah tanpa --db memakainya, bertindak sebagai “{ $operator }”. `linkstar setup init` menyiapkan merek Anda sendiri dan mengaktifkannya sebagai gantinya.
setup-demo-not-active = Basis data Anda sendiri tetap aktif. Untuk memakai demo, tambahkan --db { $url }.
status-database = Basis data: { $url } (dari { $source })
status-no-file = Berkas basis data belum ada.
status-operator = Operator: { $name } (dari { $source })
status-brand = Merek: { $brand }, peran { $role }
status-language = Bahasa: { $language } (dari { $source })
status-bot-configured = Bot { $bot }: sudah diatur
status-bot-not-configured = Bot { $bot }: belum diatur
source-flag = baris perintah
source-environment = variabel lingkungan { $name }
source-file = berkas pengaturan { $path }
source-profile = profil aktif { $path }
source-os-user = nama pengguna Anda di komputer ini
source-default = bawaan
config-value = { $key } = { $value } (dari { $source })
config-unset = { $key } belum diatur

## Pembayaran (operator)

payment-kind-deposit = uang muka
payment-kind-balance = pelunasan
payment-kind-commission = komisi
payment-kind-bonus = bonus
payment-status-scheduled = terjadwal
payment-status-due = jatuh tempo
payment-status-paid = dibayar
payment-status-cancelled = dibatalkan
## Demo in the present
console-demo-stale = Basis data demo di { $url } dibuat untuk { $day }, jadi tenggatnya sudah lewat. Jalankan `linkstar demo --reseed` untuk membuatnya ulang untuk hari ini.
console-demo-reseed-ask = Basis data demo di { $url } dibuat untuk { $day }. Buat ulang untuk hari ini? Seluruh isinya akan diganti. [y/N]
console-demo-not-demo = Basis data di { $url } berisi data yang bukan milik demo, jadi demo tidak menyentuhnya. Tunjuk berkas baru dengan --db, atau hilangkan --db untuk memakai basis data milik demo sendiri.
console-demo-reseed-file-only = Hanya demo dalam berkas SQLite yang bisa dibuat ulang. Kosongkan { $url } sendiri, lalu jalankan `linkstar demo` lagi.

## Operator dashboard (terminal)

# Meja kerja dasbor: negosiasi, postingan, pembatalan, konfirmasi, alasan di formulir
dash-act-accept-counter = Terima penawaran balik
dash-act-counter-back = Balas dengan fee Anda
dash-act-decline-counter = Tolak penawaran balik
dash-act-verify-post = Verifikasi postingan
dash-act-refuse-post = Tolak tautan postingan
dash-act-cancel-deal = Batalkan kerja sama
dash-negotiation = Negosiasi
dash-their-counter = Penawaran balik kreator
dash-your-offer = Penawaran Anda
dash-round = Putaran
dash-answer-by = Jawab sebelum
dash-history = Riwayat
dash-hist-offer = penawaran
dash-hist-counter = penawaran balik
dash-hist-counter-back = balasan Anda
dash-hist-accepted = diterima
dash-hist-declined = ditolak
dash-hist-counter-accepted = penawaran balik diterima
dash-hist-counter-declined = penawaran balik ditolak
dash-hist-revised = penawaran diubah
dash-post-link = Tautan postingan
dash-amount = Jumlah
dash-your-fee = Fee Anda
dash-note-optional = Catatan untuk kreator (opsional)
dash-reason-creator = Alasan (dibaca kreator)
dash-cancel-payments = Apa yang terjadi pada pembayaran
dash-pay-stays-paid = tetap lunas
dash-pay-already-cancelled = sudah dibatalkan sebelumnya
dash-pay-voided = dibatalkan
dash-no-payments = Belum ada pembayaran.
dash-confirm-hint = y atau Enter: lakukan · n atau Esc: kembali
dash-discard-title = Buang yang sudah Anda ketik?
dash-discard-hint = y: buang · n atau Esc: lanjut mengedit
dash-form-hint-editor = Tab kolom berikutnya · Ctrl-S simpan · Esc batal
dash-still-loading = Pilihan Anda masih dimuat, jadi tidak ada yang dilakukan.
dash-nothing-selected = Tidak ada yang dipilih, jadi tidak ada yang dilakukan.
dash-not-now = Tidak bisa dilakukan pada tahap kerja sama ini.
dash-done-counter-accepted = Penawaran balik diterima. Kreator akan diberi tahu.
dash-done-counter-sent = Fee Anda sudah dikirim ke kreator.
dash-done-counter-declined = Penawaran balik ditolak. Penawaran Anda tetap berlaku.
dash-done-post-verified = Postingan terverifikasi. Pelunasan sudah dijadwalkan.
dash-done-post-refused = Tautan ditolak. Kreator akan diberi tahu alasannya.
dash-done-deal-cancelled = Kerja sama dibatalkan.
dash-why-amount = Tulis jumlah beserta mata uangnya, misalnya 450 USD.
dash-why-currency = Gunakan mata uang penawaran, { $currency }.
dash-why-date = Tulis tanggal seperti 2026-12-01.
dash-why-number = Tulis bilangan bulat, misalnya 2.
dash-why-percent = Tulis persentase dari 0,01 sampai 100.
dash-why-deposit = Tulis uang muka dari 0 sampai 100 persen.
dash-why-ends-before-start = Berakhir sebelum dimulai.
dash-why-window = Jendela publikasi harus dibuka setelah tenggat draf dan ditutup setelah dibuka.
dash-why-draft-due = Tenggat draf harus setelah batas jawaban.
dash-why-countries = Kode negara dua huruf dipisah koma, misalnya ID, MY.
dash-why-languages = Kode bahasa dipisah koma, misalnya id-ID, en-US.
dash-why-hours = 1 sampai 8 jam berbeda dari -720 sampai 720, dipisah koma, misalnya 48, 24, -24.
dash-why-hour-range = Dari 1 sampai 720 jam.
dash-why-required = Kolom ini tidak boleh kosong.
dash-why-positive = Nilainya harus lebih dari nol.
dash-why-unknown = LinkStar tidak mengenal nilai ini di sini.

dash-screen-deal = Kerja sama
dash-needs-you = Perlu kamu sekarang
dash-all-clear = Saat ini tidak ada yang perlu kamu tangani.
dash-all-campaigns = Semua kampanye
dash-closed-stages = Selesai
dash-loading = Memuat…
dash-empty = Tidak ada yang ditampilkan.
dash-live = langsung
dash-help-title = Tombol
dash-palette-title = Perintah
dash-search = Cari
dash-filters = Penyaring
dash-any = semua
dash-yes = ya
dash-no = tidak
dash-caption = Keterangan
dash-checks = Pemeriksaan otomatis
dash-checks-passed = Semua pemeriksaan otomatis lolos.
dash-file = Berkas
dash-text-only = Hanya teks, tanpa berkas
dash-versions = Versi dan catatan
dash-notes = Catatan untuk kreator
dash-reference = Referensi pembayaran
dash-terms = Ketentuan
dash-timeline = Riwayat
dash-conversation = Pesan ke kreator
dash-brief = Templat brief
dash-product = Produk
dash-markets = Pasar
dash-languages = Bahasa
dash-spend = Pengeluaran per kampanye
dash-events-per-day = Kejadian per hari, 30 hari terakhir
dash-outbox = Kotak keluar
dash-delivery = Pengiriman
dash-delivery-ok = Pesan sedang terkirim.
dash-delivery-behind = Ada pesan yang menunggu lebih dari 5 menit. Apakah `linkstar serve` berjalan?
dash-delivery-idle = Belum ada pesan yang terkirim.
dash-editor-hint = Ctrl-S kirim · Esc batal
dash-form-hint = Tab kolom berikutnya · Enter simpan · Esc batal
dash-prompt-hint = Enter konfirmasi · Esc batal
dash-offer-title = Ketentuan penawaran
dash-campaign-new = Kampanye baru
dash-campaign-edit = Ubah kampanye
dash-saved = Tersimpan.
dash-approved = Draf disetujui. Kreator akan diberi tahu.
dash-changes-sent = Revisi diminta. Kreator akan diberi tahu.
dash-paid = Pembayaran ditandai lunas.
dash-no-campaign = belum ada kampanye dipilih
dash-due = Jatuh tempo
dash-overdue = Terlambat
dash-paid-tab = Lunas
dash-fit-for = Kecocokan untuk
dash-publish-opens = Unggah mulai
dash-publish-closes = Unggah paling lambat
dash-offer-commission = Komisi penjualan, % (kosong: tidak ada)
dash-offer-ads-days = Pemakaian untuk iklan berbayar, hari (0: organik saja)
dash-name = Nama
dash-starts = Mulai
dash-ends = Berakhir
dash-reminder-offsets = Pengingat (jam sebelum; negatif = sesudah)
dash-revision-hours = Waktu revisi (jam)
dash-bad-value = Periksa kolom ini.
dash-refresh-failed = Gagal memperbarui, mencoba lagi.
dash-actor-system = LinkStar (otomatis)
dash-actor-team = Tim brand
dash-event-draft = Draf diunggah
dash-event-payment-scheduled = Pembayaran dijadwalkan
dash-event-payment-paid = Pembayaran dilakukan
dash-event-metrics = Data performa dicatat
dash-event-chat-linked = Chat terhubung
dash-event-other = Perubahan lain
col-creator = Kreator
col-campaign = Kampanye
col-stage = Tahap
col-fee = Honor
col-due = Tenggat
col-updated = Diperbarui
col-country = Negara
col-followers = Pengikut
col-engagement = Keterlibatan
col-tier = Tingkat
col-fit = Kecocokan
col-handle = Akun
col-flags = Risiko
col-status = Keadaan
col-amount = Jumlah
col-kind = Jenis
col-reference = Referensi
col-budget = Anggaran
col-committed = Terikat
col-paid = Dibayar
col-delivered = Terkirim
col-dates = Tanggal
col-version = Versi
col-sla = Tinjau sebelum
col-message = Pesan
col-recipient = Kepada
col-deals = Kerja sama
col-views = Tayangan
col-clicks = Klik
col-conversions = Penjualan
col-revenue = Pendapatan
col-when = Kapan
col-who = Siapa
col-what = Apa
col-pending = Menunggu
col-sent = Terkirim
col-failed = Gagal
col-unreachable = Tak terjangkau
filter-platform = Platform media
filter-language = Bahasa
filter-category = Kategori
filter-min-followers = Pengikut minimal
filter-max-followers = Pengikut maksimal
filter-min-engagement = Keterlibatan minimal (%)
filter-exclude-risky = Sembunyikan kreator berisiko
filter-pool-status = Keadaan di daftar kreator
filter-text = Nama atau akun
role-admin = administrator
role-manager = pengelola
role-reviewer = peninjau
role-finance = keuangan
role-viewer = hanya melihat
campaign-draft = dalam persiapan
campaign-active = berjalan
campaign-closed = selesai
payment-deposit = uang muka
payment-balance = pelunasan
payment-commission = komisi
payment-bonus = insentif
payment-scheduled = terjadwal
payment-due = jatuh tempo
payment-paid = lunas
payment-cancelled = dibatalkan
action-quit = Keluar
action-help = Tampilkan tombol
action-palette = Palet perintah
action-search = Cari
action-next-view = Tampilan berikutnya
action-prev-view = Tampilan sebelumnya
action-up = Naik
action-down = Turun
action-left = Kiri
action-right = Kanan
action-page-up = Halaman sebelumnya
action-page-down = Halaman berikutnya
action-open = Buka
action-back = Kembali
action-approve = Setujui draf
action-request-changes = Minta revisi
action-mark-paid = Tandai lunas
action-select = Pilih atau batalkan
action-make-offer = Kirim penawaran ke yang dipilih
action-campaign = Kampanye berikutnya
action-filters = Saring
action-new-campaign = Buat kampanye
action-edit-campaign = Ubah kampanye ini
action-refresh = Muat ulang
action-go = Buka tampilan
count-drafts-waiting = { $count } draf menunggu
count-reviews-overdue = { $count } tinjauan lewat tenggat
count-counters = { $count } penawaran balik
count-payments-overdue = { $count } pembayaran terlambat
count-selected = { $count } dipilih
count-offers-sent = { $count } penawaran terkirim.
count-offers-refused = { $count } ditolak:

## Tenggat: pengingat tambahan, peringatan untuk tim, tugas terjadwal, dan perintah "reminders"

time-now = sekarang
reminder-revision-due = Pengingat: draf revisimu untuk { $campaign } harus dikirim paling lambat { $due } ({ $left }).
reminder-publish-opens = Kabar baik: jendela publikasi untuk { $campaign } dibuka pada { $due } ({ $left }). Sejak saat itu kamu bisa mengunggah konten yang sudah disetujui.
notice-payment-due = Pembayaran untuk kesepakatan #{ $deal } ({ $creator }): { $amount }, jatuh tempo { $due } ({ $left }).
notice-draft-overdue = Kesepakatan #{ $deal }: { $creator } belum mengirim draf yang tenggatnya { $due } ({ $left }).
notice-post-overdue = Kesepakatan #{ $deal }: { $creator } belum mengunggah postingan; jendela publikasi ditutup pada { $due } ({ $left }).
notice-review-overdue = Draf dari { $creator } untuk kesepakatan #{ $deal } sudah menunggu lebih lama dari batas waktu peninjauan { $hours } jam. Mohon segera ditinjau.
deadline-respond_by = jawaban atas penawaran
deadline-draft_due = tenggat draf
deadline-revision_due = tenggat draf revisi
deadline-publish_opens = jendela publikasi dibuka
deadline-publish_by = batas unggah
deadline-payment_due = jatuh tempo pembayaran
scheduled-remind = Pengingat: { $deadline }
scheduled-remind-payment = Pengingat pembayaran untuk tim
scheduled-expire = Penawaran kedaluwarsa
scheduled-auto-approve = Persetujuan otomatis
scheduled-review-overdue = Peringatan untuk tim: peninjauan terlambat
scheduled-overdue = Tandai terlambat: { $deadline }
cli-reminders-planned = { $deals } kesepakatan tanpa pengingat diperiksa; { $rows } pengingat dijadwalkan.
cli-reminders-listed = { $count } pengingat menunggu.
cli-reminders-deal = Kesepakatan { $deal }
dash-reminders = Pengingat
dash-event-overdue = Tenggat terlewat
dash-event-reminder = Pengingat terkirim
count-deals-overdue = { $count } kesepakatan terlambat
