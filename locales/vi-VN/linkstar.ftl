# LinkStar — Tiếng Việt. Số tiền, ngày giờ và các số lớn đã được định dạng theo ngôn ngữ
# của người đọc trước khi đưa vào đây.

## Thông báo gửi nhà sáng tạo

notice-invite =
    Bạn được mời tham gia { $campaign }! Quảng bá { $product } với mức thù lao { $fee }.
    Vui lòng phản hồi trước { $respond_by }.
notice-offer-revised =
    Lời mời cho { $campaign } đã thay đổi: { $changed }. Mức thù lao hiện là { $fee }.
    Vui lòng xem lại và chấp nhận lần nữa trước { $respond_by }.
notice-contract-confirmed =
    Đã xong cho { $campaign }: chúng tôi đã ghi nhận sự chấp nhận của bạn và các điều khoản đã được chốt. Bản nháp đầu tiên cần nộp trước { $draft_due }.
    Mã tham chiếu điều khoản: { $terms_hash }
notice-changes-requested =
    Nhãn hàng muốn bạn chỉnh sửa bản nháp cho { $campaign } (lần chỉnh sửa { $round }/{ $rounds }):
    { $notes }
notice-draft-approved = Tin vui: bản nháp của bạn cho { $campaign } đã được duyệt! Vui lòng đăng bài trong khoảng từ { $publish_opens } đến { $publish_closes } và nhớ ghi rõ đây là quảng cáo.
notice-draft-approved-tracking = Hãy dùng đường dẫn theo dõi này trong bài đăng: { $link }
notice-draft-approved-discount = Mã giảm giá dành cho người theo dõi của bạn: { $code }
notice-post-verified = Bài đăng của bạn cho { $campaign } đã được xác minh. Cảm ơn bạn!
notice-payment-scheduled = Khoản thanh toán { $amount } đã được lên lịch vào { $due }.
notice-payment-paid = Chúng tôi đã chuyển cho bạn { $amount }. Mã tham chiếu thanh toán: { $reference }
notice-deal-cancelled = Nhãn hàng đã hủy hợp tác cho { $campaign }. Rất tiếc vì kế hoạch thay đổi.
notice-invite-expired = Lời mời cho { $campaign } đã hết hạn vì chúng tôi không nhận được phản hồi đúng hạn.

## Thông báo gửi nhóm vận hành

notice-counter-received = { $creator } đề xuất mức thù lao { $fee } cho thỏa thuận #{ $deal }.
notice-offer-declined = { $creator } đã từ chối lời mời của thỏa thuận #{ $deal }.
notice-draft-submitted = { $creator } đã nộp bản nháp phiên bản { $version } cho thỏa thuận #{ $deal }. Bản nháp đang chờ bạn duyệt.
notice-post-submitted = { $creator } đã gửi bài đăng chính thức cho thỏa thuận #{ $deal }: { $url }
notice-draft-auto-approved = Bản nháp của { $creator } cho thỏa thuận #{ $deal } đã được tự động duyệt vì đã chờ quá thời hạn duyệt { $hours } giờ.
notice-creator-unreachable = Không thể liên lạc với { $creator } trên { $platform } nữa: họ đã chặn bot hoặc đóng tin nhắn. Tin nhắn gửi họ sẽ chờ đến khi họ nhắn lại.

## Bản tóm tắt hằng ngày cho đội ngũ

digest-title = Tóm tắt ngày { $day }
digest-quiet = Hôm nay không có việc gì cần bạn xử lý.
digest-reviews-late = { $count ->
   *[other] { $n } bản nháp chờ quá hạn duyệt:
}
digest-counters = { $count ->
   *[other] { $n } đề nghị ngược chờ bạn trả lời:
}
digest-payments-overdue = { $count ->
   *[other] { $n } khoản thanh toán đã quá hạn:
}
digest-unreachable = { $count ->
   *[other] Không liên lạc được với { $n } nhà sáng tạo:
}
digest-deadlines-overdue = { $count ->
   *[other] { $n } hợp tác đã quá hạn nộp bản nháp hoặc đăng bài:
}
digest-due-today = { $count ->
   *[other] { $n } việc đến hạn hôm nay:
}
digest-more = { $count ->
   *[other] …và { $n } việc khác
}
digest-item-review = #{ $deal } { $creator }: hạn duyệt là { $due }
digest-item-counter = #{ $deal } { $creator }: đề nghị { $fee } (từ { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, hạn { $due }
digest-item-unreachable = { $creator } (trên { $platform })
digest-item-respond-by = #{ $deal } { $creator }: trả lời lời mời trước { $due }
digest-item-draft = #{ $deal } { $creator }: nộp bản nháp trước { $due }
digest-item-post = #{ $deal } { $creator }: đăng bài trước { $due }

## Các điều khoản có thể thay đổi trong lời mời đã sửa

term-deliverables = sản phẩm bàn giao
term-fee = thù lao
term-payment_model = hình thức thanh toán
term-deposit_pct = tiền đặt cọc
term-usage_rights = quyền sử dụng
term-exclusivity_days = thời gian độc quyền
term-respond_by = hạn phản hồi
term-draft_due = hạn nộp bản nháp
term-publish_window = khung thời gian đăng bài
term-revision_rounds = số lần chỉnh sửa
term-review_sla_hours = thời gian duyệt của nhãn hàng
term-min_live_days = số ngày bài đăng phải giữ
term-other = các điều khoản khác

## Lỗi, theo mã cố định

error-review-note-time = Một mốc thời gian trong ghi chú không phải là thời điểm có trong video, hoặc không có nội dung phía sau. Hãy viết thời gian dạng m:ss hoặc h:mm:ss rồi đến nội dung cần sửa, ví dụ "0:12 cho thấy nhãn sản phẩm".
error-illegal-transition = Không thể thực hiện thao tác này ở giai đoạn hiện tại của thỏa thuận.
error-revision-rounds-exhausted = Đã dùng hết số lần chỉnh sửa có trong hợp đồng.
error-payment-before-verification = Chỉ có thể thanh toán khoản này sau khi bài đăng được xác minh.
error-payments-open = Thỏa thuận này vẫn còn khoản thanh toán chưa hoàn tất.
error-terms-changed = Điều khoản đã thay đổi sau khi bạn xem. Vui lòng xem lời mời mới và chấp nhận lại.
error-invalid-value = Có vẻ có thông tin chưa đúng. Vui lòng kiểm tra và thử lại.
error-brief-template-invalid = Mẫu brief bị lỗi. Vui lòng kiểm tra các trường thay thế.
error-post-link-not-a-url = Đây có vẻ không phải là đường dẫn. Vui lòng gửi địa chỉ đầy đủ của bài đăng.
error-post-link-wrong-platform = Đường dẫn này thuộc nền tảng khác với nền tảng trong thỏa thuận của bạn.
error-post-link-wrong-account = Bài đăng này thuộc tài khoản khác. Vui lòng gửi đường dẫn bài đăng trên tài khoản của chính bạn.
error-post-link-already-used = Đường dẫn bài đăng này đã được gửi cho một thỏa thuận khác.
error-post-link-short = Đây là link rút gọn, không cho biết bài đăng của ai. Hãy mở bài đăng trong ứng dụng, bấm Chia sẻ → Sao chép liên kết, rồi gửi cho mình đường link đầy đủ đó (có dạng https://www.tiktok.com/@tencuaban/video/…).
error-not-found = Không tìm thấy nội dung này. Có thể nó đã bị xóa.
error-not-your-deal = Thỏa thuận này thuộc về người khác.
error-token-unknown = Liên kết mời này không hợp lệ. Vui lòng kiểm tra xem bạn đã sao chép đầy đủ chưa.
error-token-used = Liên kết mời này đã được sử dụng. Nếu không phải bạn, vui lòng liên hệ nhãn hàng.
error-token-expired = Liên kết mời này đã hết hạn. Vui lòng xin nhãn hàng liên kết mới.
error-forbidden = Bạn không có quyền thực hiện thao tác này.
error-duplicate = Nội dung này đã tồn tại.
error-storage = Hệ thống của chúng tôi đang gặp sự cố. Vui lòng thử lại sau ít phút.
error-unknown = Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại.

## Kiểm tra bản nháp tự động

check-missing-disclosure = Chú thích của bạn chưa ghi rõ là quảng cáo: hãy thêm { $accepted } trước khi đăng.
check-missing-hashtag = Chú thích của bạn còn thiếu hashtag { $tag }.
check-missing-mention = Chú thích của bạn chưa nhắc đến { $handle }.
check-forbidden-claim = Chú thích của bạn có một tuyên bố mà nhãn hàng không được phép đưa ra: "{ $claim }". Vui lòng xóa đi.
check-caption-too-long = Chú thích của bạn có { $chars } ký tự; giới hạn là { $max }.
check-file-empty = Tệp nhận được bị trống. Vui lòng gửi lại.
check-file-too-large = Tệp này lớn hơn giới hạn { $max }. Hãy gửi tệp nhỏ hơn, ví dụ bản xuất ngắn hơn hoặc độ phân giải thấp hơn.
check-file-mib = { $size } MiB
check-file-type = Loại tệp này không được chấp nhận. Vui lòng gửi { $allowed }.
check-file-kind-video = video
check-file-kind-image = hình ảnh
check-file-kind-audio = tệp âm thanh
check-file-kind-pdf = tệp PDF
check-file-kind-other = tệp { $kind }

## Các giai đoạn của thỏa thuận

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Xem ảnh
action-save-file = Lưu tệp vào thư mục
action-open-file = Mở bằng trình xem của hệ thống
dash-this-version = Phiên bản này
dash-earlier-versions = Các phiên bản trước và ghi chú
dash-first-version = Đây là phiên bản đầu tiên.
dash-file-type = Loại
dash-file-size = Dung lượng
dash-file-picture = Ảnh
dash-save-to = Lưu tệp vào thư mục này
dash-file-saved = Đã lưu thành
dash-file-opened = Đã mở bằng trình xem của hệ thống.
dash-file-missing = Tệp không có trong kho tệp: tệp chưa từng đến đây hoặc đã bị xoá.
dash-file-unreadable = Không thể đọc hoặc ghi tệp:
dash-open-remote = Chỉ mở được khi bảng điều khiển chạy trên máy này; qua SSH, hãy lưu tệp.
dash-open-failed = Không khởi động được trình xem của hệ thống (xdg-open hoặc open).
dash-not-a-picture = Ở đây chỉ hiển thị ảnh; hãy lưu hoặc mở tệp này.
dash-no-file = Bản nháp này chỉ có chữ: không có tệp.
dash-notes-video-hint = mỗi dòng một ghi chú, kèm thời điểm trong video: 0:12 cho thấy nhãn

stage-offered = Đã gửi lời mời
stage-negotiating = Đang thương lượng
stage-contracted = Đã ký kết
stage-in_review = Đang duyệt
stage-changes_requested = Cần chỉnh sửa
stage-approved = Đã duyệt
stage-published = Đã đăng
stage-verified = Đã xác minh
stage-completed = Hoàn tất
stage-removed = Gỡ bài quá sớm
stage-declined = Đã từ chối
stage-expired = Đã hết hạn
stage-cancelled = Đã hủy

## Nhắc nhở

time-left-days = còn { $days } ngày
time-left-hours = còn { $hours } giờ
time-left-overdue = đã quá hạn
reminder-respond-by = Nhắc nhở: vui lòng phản hồi lời mời cho { $campaign } trước { $due } ({ $left }).
reminder-draft-due = Nhắc nhở: bản nháp của bạn cho { $campaign } cần nộp trước { $due } ({ $left }).
reminder-publish-by = Nhắc nhở: vui lòng đăng bài cho { $campaign } trước { $due } ({ $left }).

## Thương lượng: câu trả lời của thương hiệu cho đề xuất ngược, nhắc nhở và hết hạn

# Phản hồi của nhãn hàng (issue 15): từ chối mức phí đề xuất, ghi chú kèm đề nghị mới, từ chối bài đăng, ghi chú theo mốc thời gian
notice-counter-declined = Nhãn hàng chưa thể đáp ứng mức thù lao bạn đề xuất cho { $campaign }. Đề nghị { $fee } của họ vẫn giữ nguyên: bạn có thể chấp nhận, từ chối hoặc đề xuất mức khác trước { $due }.
notice-brand-note = Ghi chú từ nhãn hàng: { $note }
notice-post-refused =
    Nhãn hàng không thể chấp nhận đường dẫn bạn gửi cho { $campaign } ({ $url }): { $reason }
    Vui lòng chỉnh sửa và gửi lại đường dẫn bài đăng của bạn.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Thỏa thuận #{ $deal }: { $creator } đang chờ bạn trả lời mức phí đề xuất { $fee }. Hãy chấp nhận hoặc sửa đề nghị trước { $due } ({ $left }), nếu không đề nghị sẽ hết hạn.
notice-counter-expired = Thỏa thuận #{ $deal }: không ai trả lời kịp mức phí { $fee } mà { $creator } đề xuất, nên đề nghị đã hết hạn.
notice-negotiation-expired = Thương hiệu đã không trả lời kịp mức phí { $fee } bạn đề xuất cho { $campaign }, nên đề nghị đã hết hạn.
deadline-counter_answer = trả lời đề xuất ngược
scheduled-remind-counter = Nhắc nhóm: trả lời đề xuất ngược
bot-status-counter = Tiếp theo: thương hiệu đang cân nhắc mức phí { $fee } bạn đề xuất đến { $due } ({ $left })

## Nút, lệnh và màn hình

button-accept = Chấp nhận
button-decline = Từ chối
button-propose-fee = Đề xuất thù lao
button-read-brief = Đọc toàn bộ brief
command-link = Kết nối cuộc trò chuyện này với lời mời LinkStar của bạn
command-status = Thỏa thuận, hạn chót và khoản thanh toán của bạn
command-help = Việc cần làm tiếp theo
command-language = Đổi ngôn ngữ
command-draft = Gửi bản nháp để duyệt
command-post = Gửi liên kết bài đã đăng
option-token = Mã trong lời mời của bạn
option-file = Bản nháp: video, ảnh hoặc tài liệu
option-caption = Chú thích bạn sẽ đăng kèm
option-url = Liên kết bài đã đăng
field-fee = Mức phí của bạn, ví dụ 600 EUR
discord-name-link = liên_kết
discord-name-deals = thỏa_thuận
discord-name-draft = bản_nháp
discord-name-post = bài_đăng
discord-name-language = ngôn_ngữ
discord-name-help = trợ_giúp
discord-name-token = mã
discord-name-file = tệp
discord-name-caption = chú_thích
discord-name-url = liên_kết_bài
screen-pipeline = Tiến trình
screen-campaigns = Chiến dịch
screen-creators = Nhà sáng tạo
screen-review = Hàng chờ duyệt
screen-payments = Thanh toán
screen-reports = Báo cáo
screen-activity = Hoạt động

## Bot Telegram bên ngoài cuộc trò chuyện riêng của nhà sáng tạo

bot-private-chat-only = Tôi chỉ hoạt động trong cuộc trò chuyện riêng. Hãy nhắn trực tiếp cho tôi nhé.
bot-not-your-button = Nút này không dành cho bạn nên không có gì thay đổi.

## Tên ngôn ngữ, viết bằng chính ngôn ngữ đó (giống nhau ở mọi tệp)

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
language-changed = Xong! Ngôn ngữ đã chọn: { $language }. Từ giờ mình sẽ nhắn cho bạn bằng ngôn ngữ này.

## Trợ lý nhà sáng tạo trong cuộc trò chuyện

bot-welcome =
    { $platform ->
        [discord] Xin chào! Mình là trợ lý cho các hợp tác của bạn với nhãn hàng. Để bắt đầu, hãy gửi { $link } kèm mã trong lời mời mà nhãn hàng đã gửi cho bạn.
       *[other] Xin chào! Mình là trợ lý cho các hợp tác của bạn với nhãn hàng. Để bắt đầu, hãy mở đường link mời mà nhãn hàng đã gửi cho bạn.
    }
bot-not-linked =
    { $platform ->
        [discord] Cuộc trò chuyện này chưa được kết nối với lời mời nào. Hãy gửi { $link } kèm mã trong lời mời mà nhãn hàng đã gửi cho bạn.
       *[other] Cuộc trò chuyện này chưa được kết nối với lời mời nào. Hãy mở đường link mời mà nhãn hàng đã gửi cho bạn.
    }
bot-linked = Chào mừng { $name }! Cuộc trò chuyện đã được kết nối. Lời mời hợp tác cho { $campaign } sẽ đến ngay sau đây.
bot-unknown-command = Mình không biết lệnh này. Gửi { $help } để xem mình có thể giúp gì.
bot-nothing-expected = Hiện tại mình chưa cần bạn gửi gì. Gửi { $status } để xem các hợp tác của bạn.
bot-button-stale = Nút này không còn hiệu lực. Gửi { $status } để xem tình hình hiện tại.
bot-ask-fee = Bạn muốn đề xuất mức thù lao bao nhiêu cho { $campaign }? Gửi số tiền bằng { $currency }, ví dụ { $example }. Nếu muốn giữ nguyên lời mời, hãy bấm Hủy.
bot-fee-invalid = Mình không đọc được số tiền này. Bạn chỉ cần gửi con số, ví dụ { $example }. Hoặc bấm Hủy.
bot-counter-sent = Cảm ơn bạn! Mình đã gửi đề xuất { $fee } của bạn cho nhãn hàng và sẽ báo ngay khi họ trả lời.
bot-accepted = Bạn đã chấp nhận lời mời hợp tác cho { $campaign }.
bot-declined = Bạn đã từ chối lời mời hợp tác cho { $campaign }. Cảm ơn bạn đã cho biết!
bot-brief = Brief của { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Hãy gửi bản nháp cho { $campaign } bằng { $draft }: đính kèm tệp và thêm chú thích của bạn.
       *[other] Hãy gửi bản nháp cho { $campaign } dưới dạng tệp, ảnh hoặc video, kèm chú thích trong cùng tin nhắn.
    }
bot-which-deal = Bản nháp này dành cho hợp tác nào?
bot-draft-received = Đã nhận! Bản nháp phiên bản { $version } cho { $campaign } đang được nhãn hàng xem xét.
bot-checks-passed = Kiểm tra tự động: chú thích của bạn đã đầy đủ.
bot-checks-found = Kiểm tra tự động phát hiện điểm cần sửa trước khi đăng:
bot-post-received = Cảm ơn bạn! Bài đăng cho { $campaign } đã được ghi nhận. Nhãn hàng sẽ sớm xác minh.
bot-language-choose = Chọn ngôn ngữ của bạn:
bot-status-empty = Bạn chưa có hợp tác nào.
bot-status-title = Các hợp tác của bạn:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Tiếp theo: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Thanh toán: { $amount }, đến hạn { $due }
bot-status-payment-paid = Thanh toán: { $amount }, đã trả
bot-help-not-linked =
    { $platform ->
        [discord] Hãy gửi { $link } kèm mã trong lời mời của nhãn hàng để kết nối cuộc trò chuyện này. Sau đó mình sẽ hiển thị lời mời hợp tác tại đây.
       *[other] Hãy mở đường link mời của nhãn hàng để kết nối cuộc trò chuyện này. Sau đó mình sẽ hiển thị lời mời hợp tác tại đây.
    }
bot-help-offered = Hãy đọc lời mời hợp tác cho { $campaign } và brief, rồi trả lời bằng các nút bên dưới lời mời.
bot-help-negotiating = Nhãn hàng đang xem xét mức thù lao bạn đề xuất cho { $campaign }. Mình sẽ báo khi họ trả lời.
bot-help-contracted =
    { $platform ->
        [discord] Gửi bản nháp cho { $campaign } bằng { $draft }: video, ảnh hoặc tài liệu, kèm chú thích.
       *[other] Gửi bản nháp cho { $campaign } tại đây: video, ảnh hoặc tài liệu, kèm chú thích trong cùng tin nhắn.
    }
bot-help-in-review = Nhãn hàng đang xem bản nháp của bạn cho { $campaign }. Mình sẽ gửi phản hồi tại đây.
bot-help-changes =
    { $platform ->
        [discord] Nhãn hàng yêu cầu chỉnh sửa cho { $campaign }. Hãy gửi phiên bản mới của bản nháp bằng { $draft }.
       *[other] Nhãn hàng yêu cầu chỉnh sửa cho { $campaign }. Hãy gửi phiên bản mới của bản nháp tại đây.
    }
bot-help-approved = Hãy đăng bài cho { $campaign } trong khoảng thời gian đăng, rồi gửi đường link cho mình.
bot-help-published = Nhãn hàng đang xác minh bài đăng của bạn cho { $campaign }.
bot-help-done = Hiện chưa có việc gì cần làm. Mình sẽ nhắn khi cần đến bạn.
bot-help-commands = Các lệnh:
bot-expect-answer = Lời mời hợp tác cho { $campaign } đang chờ bạn trả lời: chấp nhận, từ chối hoặc đề xuất mức thù lao khác bằng các nút bên dưới.
bot-already-linked = Bạn đã được kết nối rồi: cuộc trò chuyện này đã liên kết với lời mời của bạn cho { $campaign }, nên không cần dùng lại đường link đó.
bot-already-accepted = Bạn đã chấp nhận lời mời cho { $campaign } vào { $date }.
bot-deal-unavailable = Hợp tác này không có trong cuộc trò chuyện này. Gửi { $status } để xem các hợp tác của bạn.
bot-fee-wrong-currency = Thù lao phải tính bằng { $currency }, đơn vị tiền tệ của hợp tác này, không phải { $found }. Hãy gửi số tiền bằng { $currency }, ví dụ { $example }, hoặc bấm Hủy.
bot-fee-cancelled = Được rồi, không có đề xuất thù lao mới. Lời mời cho { $campaign } vẫn giữ nguyên: hãy trả lời bằng các nút bên dưới.
bot-nothing-to-cancel = Hiện không có gì để hủy.
bot-post-early = Thời gian đăng bài cho { $campaign } chỉ bắt đầu từ { $opens }. Bài đăng của bạn đã lên chưa? Bấm "Đúng, đã đăng" để gửi đường link cho nhãn hàng, hoặc bấm Hủy.
bot-post-early-cancelled = Được rồi, mình chưa ghi nhận đường link. Hãy gửi lại khi bài đăng đã lên, từ { $opens }.
bot-post-link-expected = Mình đang chờ đường link bài đăng đã lên của bạn cho { $campaign }. Hãy gửi đường link đầy đủ từ Chia sẻ → Sao chép liên kết trong ứng dụng, ví dụ https://www.tiktok.com/@tencuaban/video/…
bot-button-cancel = Hủy
bot-button-post-live = Đúng, đã đăng
bot-format-video = video
bot-format-image = bài đăng ảnh
bot-format-story = tin (story)
bot-format-live = phát trực tiếp
bot-payment-fixed = thù lao cố định, trả { $deposit }% khi ký
bot-payment-cps = hoa hồng { $rate }% trên doanh số
bot-payment-hybrid = thù lao cố định cộng hoa hồng { $rate }% trên doanh số, trả { $deposit }% thù lao khi ký
bot-rights-organic = chỉ bài đăng của chính bạn
bot-rights-paid-ads = nhãn hàng được chạy quảng cáo bằng bài đăng của bạn trong { $days } ngày
bot-rights-perpetual = nhãn hàng được sử dụng không giới hạn
bot-card =
    { $campaign } · { $product }
    Nội dung cần giao: { $deliverables }
    Thù lao: { $fee } ({ $payment })
    Quyền sử dụng: { $rights }
    Độc quyền: { $exclusivity_days } ngày
    Hạn nộp bản nháp: { $draft_due }
    Đăng bài từ { $publish_opens } đến { $publish_closes }
    Số vòng chỉnh sửa bao gồm: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Sản phẩm bàn giao
pipeline-col-warnings = Cảnh báo
pipeline-warn-risk = dấu hiệu rủi ro: { $flags }
pipeline-warn-market = ngoài các thị trường của chiến dịch ({ $country })
pipeline-warn-budget = vượt ngân sách còn lại (còn { $left })
pipeline-dry-run = Chạy thử: { $count } đề nghị sẽ được gửi, tổng cộng { $total }. Chưa gửi gì cả.
pipeline-confirm-offers = Gửi { $count } đề nghị cho { $campaign }, tổng cộng { $total }? [c/N]
pipeline-needs-yes = Không có gì thay đổi: không ở terminal nên không ai xác nhận được. Hãy kiểm tra trước (offers send có --dry-run), rồi thêm { $flag } để tiếp tục.
pipeline-nothing-changed = Không có gì thay đổi.
pipeline-offers-sent = Đã gửi { $sent } đề nghị, { $refused } bị từ chối.
pipeline-offer-refused = { $creator }: chưa gửi: { $reason }
pipeline-no-rate = { $creator } không có giá cho { $format } trong bảng giá: hãy thêm --fee "SỐ-TIỀN TIỀN-TỆ".
pipeline-no-recipients = Không có nhà sáng tạo nào để gửi: hãy chỉ định bằng --creator, --csv hoặc --search.
pipeline-bad-search = “{ $term }” không phải là điều kiện tìm kiếm. Dùng platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk hoặc từ tự do cho tên hay handle.
pipeline-counter-accepted = Thỏa thuận { $deal }: đã chấp nhận đề nghị ngược { $fee } của { $creator }; họ sẽ xác nhận trong chat.
pipeline-countered-back = Thỏa thuận { $deal }: bạn đã đề nghị lại { $fee }; { $creator } trả lời trước { $due }.
pipeline-counter-declined = Thỏa thuận { $deal }: đã từ chối đề nghị ngược; đề nghị { $fee } vẫn giữ nguyên.
pipeline-cancel-heading = Hủy thỏa thuận { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] vẫn là đã trả
        [cancelled] đã bị hủy từ trước
       *[voided] bị hủy
    }
pipeline-cancel-no-payments = Không khoản thanh toán nào bị ảnh hưởng.
pipeline-confirm-cancel = Hủy thỏa thuận { $deal }? [c/N]
pipeline-cancelled = Đã hủy thỏa thuận { $deal }; nhà sáng tạo đã được thông báo.
pipeline-approved = Thỏa thuận { $deal }: đã duyệt bản nháp { $version }; nhà sáng tạo đã nhận khung thời gian đăng.
pipeline-changes-requested = Thỏa thuận { $deal }: đã yêu cầu sửa bản nháp { $version } (vòng { $round }/{ $rounds }); nhà sáng tạo đã nhận ghi chú của bạn.
pipeline-post-verified = Thỏa thuận { $deal }: bài đăng đã được xác minh; khoản còn lại đã được lên lịch.
pipeline-post-refused = Thỏa thuận { $deal }: đã từ chối liên kết bài đăng; nhà sáng tạo được yêu cầu gửi liên kết đã sửa.
pipeline-no-drafts = Thỏa thuận { $deal } chưa có bản nháp nào.
pipeline-draft-version = Phiên bản { $version } · { $when } · { $kind ->
        [photo] ảnh
        [video] video
        [text] chỉ văn bản
       *[file] tệp
    }
pipeline-draft-file = Tệp: { $name } ({ $mime }, { $size } byte, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Đã duyệt
       *[changes] Yêu cầu sửa
    } { $when }: { $notes }
pipeline-draft-saved = Đã lưu bản nháp { $version } của thỏa thuận { $deal } vào { $path }
pipeline-draft-exists = { $path } đã tồn tại; không ghi đè gì cả. Hãy xóa tệp đó hoặc chọn thư mục --out khác.
pipeline-draft-no-version = Thỏa thuận { $deal } không có bản nháp { $version }; bản mới nhất là { $versions }.
pipeline-draft-blob-missing = Tệp của bản nháp { $version } không có trong kho tệp ({ $path }). Hãy đặt blob_dir (LINKSTAR_BLOB_DIR) thành thư mục mà `linkstar serve` dùng.
pipeline-yes-words = c, có, co, y, yes

console-database-ready = Cơ sở dữ liệu đã được cập nhật: { $url }
console-demo-reused = Dùng cơ sở dữ liệu mẫu có sẵn tại { $url }
console-demo-seeded = Đã tạo cơ sở dữ liệu mẫu tại { $url }: { $campaigns } chiến dịch, { $creators } nhà sáng tạo, { $deals } hợp tác. Đăng nhập với tư cách người vận hành “{ $operator }”.
console-pipeline-total = { $deals } hợp tác, { $creators } nhà sáng tạo trong danh sách
console-audit-intact = Nhật ký kiểm toán nguyên vẹn: đã xác minh { $events } sự kiện
console-audit-unlinked = Nhật ký kiểm toán BỊ HỎNG tại sự kiện { $event }: không nối tiếp sự kiện trước đó (có sự kiện bị xóa hoặc sửa).
console-audit-altered = Nhật ký kiểm toán BỊ HỎNG tại sự kiện { $event }: đã bị sửa sau khi ghi.
console-import-progress = Đã nhập { $imported } nhà sáng tạo, từ chối { $refused } dòng…
console-row-refused = Dòng { $line }: { $reason }
console-import-done = Đã nhập { $imported } nhà sáng tạo; từ chối { $refused } dòng.
console-exported = Đã xuất { $count } nhà sáng tạo.
console-offer-made = Đã gửi đề nghị { $deal } tới { $creator } cho chiến dịch { $campaign }.
console-telegram-link-hint = Đặt telegram_bot_username trong phần cài đặt để có đường dẫn t.me.
console-brand-created = Đã tạo thương hiệu { $id }: { $name }
console-operator-created = Đã tạo người vận hành { $id }.
console-campaign-created = Đã tạo chiến dịch { $id }.
console-failed = Lỗi: { $message }
console-serve-running = linkstar serve: { $bots } đang chạy, cùng bộ gửi tin nhắn và bộ lập lịch nhắc nhở. Dừng bằng Ctrl-C.
console-serve-stopping = linkstar serve: sẽ dừng khi các tin nhắn đang gửi hoàn tất. Nhấn Ctrl-C lần nữa để dừng ngay.
console-serve-stopped = linkstar serve: đã dừng.
console-serve-stopped-at-once = linkstar serve: đã dừng ngay. Các tin nhắn đang gửi có thể được gửi lại.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Các nút này thuộc cuộc trò chuyện của người khác với mình. Với các hợp tác của bạn, hãy nhắn tin trực tiếp cho mình.
discord-edit-not-taken = Bạn đã sửa một tin nhắn trước đó. Mình chỉ nhận bản sửa khi đó là câu trả lời mình đang chờ, vì vậy hãy gửi lại dưới dạng tin nhắn mới.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (đang mở) — số tiền tính bằng { $currency }, tính đến { $as_of }
console-report-heading-closed = { $campaign } (đã đóng) — số tiền tính bằng { $currency }, tính đến { $as_of }
console-report-rates = Tỷ giá: { $rates }
console-report-rates-none = Tỷ giá: không cần quy đổi
console-report-totals = hợp tác { $deals } · cam kết { $committed } · đã trả { $paid }
console-report-reach = tiếp cận { $reach } · lượt tương tác { $engagements } · tỷ lệ tương tác { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = lượt nhấp { $clicks } · chuyển đổi { $conversions } · doanh thu { $revenue } · ROI { $roi }
console-report-delivery = bản nháp đúng hạn { $on_time } · số lần chỉnh sửa mỗi hợp tác { $revisions }
console-report-creators-note = (bên phải dấu | : từng nhà sáng tạo trên mọi chiến dịch — số hợp tác, bản nháp đúng hạn, số lần chỉnh sửa mỗi hợp tác, số lần gỡ bài sớm)
console-hours = { $hours } giờ
console-metrics-imported = Đã nhập { $imported } bản ghi số liệu; từ chối { $refused } dòng.
console-metrics-recorded = Đã ghi số liệu cho hợp tác { $deal }.
console-metrics-fetch-failed = Hợp tác { $deal }: { $reason }
console-metrics-fetched = Đã lấy số liệu của { $fetched } bài đăng; { $failed } bài bị lỗi.
console-payment-deal = hợp tác { $deal }
console-payment-due = đến hạn { $due }
console-payments-listed = { $count } khoản thanh toán
console-payment-paid = Đã đánh dấu khoản thanh toán { $payment } ({ $amount }) là đã trả ({ $reference }).
console-payments-now-due = { $count } khoản thanh toán hiện đã đến hạn.
console-bonus-scheduled = Đã lên lịch khoản thưởng { $payment } cho hợp tác { $deal }.
console-payout-file = { $path }: { $count } khoản thanh toán
console-fx-rate-set = 1 { $from } = { $rate } { $to } vào ngày { $date }
console-discount-code-set = Hợp tác { $deal }: mã giảm giá { $code }
console-discount-code-removed = Hợp tác { $deal }: đã xóa mã giảm giá
console-attribution-exported = { $path }: { $count } hợp tác
console-commission-scheduled = Hợp tác { $deal }: đã lên lịch hoa hồng { $amount }
console-campaign-closed = Đã đóng { $campaign }: lên lịch { $commissions } khoản hoa hồng, hoàn tất { $completed } hợp tác.

## Từ ngữ trong bảng báo cáo (ngắn gọn vì dùng làm tiêu đề cột)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } không chấp nhận “{ $value }”.
shell-pool-empty = Không có nhà sáng tạo nào khớp với các bộ lọc này.
shell-pool-fit-for = Mức phù hợp với { $campaign }
shell-campaign-file-unreadable = Không đọc được { $file }: { $reason }
shell-campaign-file-kind = { $file }: tệp chiến dịch phải có đuôi .toml hoặc .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. Không có gì bị thay đổi.
shell-campaign-updated = Đã cập nhật chiến dịch “{ $name }”.
shell-progress = { $job }: đã xong { $done }…
shell-progress-of = { $job }: { $done } / { $total }
shell-progress-done = { $job }: xong ({ $done }).
shell-job-import = Đang nhập nhà sáng tạo
shell-job-export = Đang xuất nhà sáng tạo
shell-job-demo = Đang tạo bản demo
shell-job-backfill = Đang lên lịch nhắc nhở
shell-job-metrics = Đang lấy số liệu
shell-job-payouts = Đang xuất khoản thanh toán

report-campaign = Chiến dịch
report-deal = hợp tác
report-creator = nhà sáng tạo
report-stage = giai đoạn
report-committed = cam kết
report-paid = đã trả
report-reach = tiếp cận
report-engagement-rate = tỷ lệ tương tác
report-cpm = CPM
report-cpc = CPC
report-revenue = doanh thu
report-roi = ROI
report-on-time = đúng hạn
report-deals = số hợp tác
report-revisions = chỉnh sửa
report-removals = gỡ sớm
report-brand-speed = Tốc độ phản hồi của thương hiệu
report-this-campaign = chiến dịch này
report-all-campaigns = mọi chiến dịch
report-reviews = lượt duyệt
report-average-review = thời gian duyệt trung bình
report-within-review-sla = duyệt đúng hạn
report-payments-made = khoản đã trả
report-average-delay = độ trễ thanh toán trung bình
report-paid-on-time = trả đúng hạn (72 giờ)
report-overdue-now = đang quá hạn

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = Không có cơ sở dữ liệu tại { $path }. Hãy tạo bằng `linkstar setup init` (thương hiệu của bạn) hoặc `linkstar demo` (dữ liệu mẫu), hoặc chỉ định cơ sở dữ liệu khác bằng --db.
setup-unreadable-database = Không mở được cơ sở dữ liệu tại { $path }: { $reason }. Hãy kiểm tra đó là cơ sở dữ liệu LinkStar và bạn có quyền đọc, ghi, hoặc chỉ định cơ sở dữ liệu khác bằng --db.
setup-newer-schema = Cơ sở dữ liệu này được ghi bởi phiên bản LinkStar mới hơn (lược đồ { $found }; phiên bản này chỉ biết đến { $known }). Hãy cài linkstar mới hơn để dùng.
setup-unknown-campaign = Không có chiến dịch “{ $name }”.
setup-unknown-creator = Không có nhà sáng tạo “{ $name }” trong danh sách.
setup-unknown-operator = Không có người vận hành “{ $name }” trong cơ sở dữ liệu này. Dùng --operator với một tên người dùng có sẵn, hoặc thêm bằng `linkstar setup operator`.
setup-did-you-mean = Có phải ý bạn là “{ $name }”?
setup-forbidden = Vai trò của bạn ({ $role }) không được làm việc này ({ $action }). Hãy nhờ quản trị viên của thương hiệu làm thay hoặc đổi vai trò cho bạn.
setup-not-set-up = LinkStar chưa được thiết lập: { $url } chưa có thương hiệu và người vận hành nào.
setup-set-up-with = Để thiết lập thương hiệu của bạn (bạn sẽ là quản trị viên), hãy chạy:
setup-or-try-the-demo = Hoặc xem thử trước với dữ liệu mẫu:
setup-ask-brand = Tên thương hiệu
setup-ask-legal-name = Tên pháp lý (cho hợp đồng)
setup-ask-currency = Tiền tệ (mã ISO, ví dụ VND)
setup-ask-operator-name = Tên của bạn
setup-ask-token = Token của bot { $bot } (để trống để bỏ qua)
setup-done = Đã thiết lập { $brand } với bạn ({ $username }) là quản trị viên, trong { $url }. Cơ sở dữ liệu này giờ đang được dùng; `linkstar` mở bảng điều khiển.
setup-tokens-saved = Đã lưu token của bot trong { $path }, chỉ bạn đọc được.
setup-demo-active = Cơ sở dữ liệu demo giờ đang được dùng: các lệnh không có --db sẽ dùng nó, với tư cách “{ $operator }”. `linkstar setup init` thiết lập thương hiệu của bạn và dùng nó thay thế.
setup-demo-not-active = Cơ sở dữ liệu của bạn vẫn đang được dùng. Để làm việc với bản demo, hãy thêm --db { $url }.
status-database = Cơ sở dữ liệu: { $url } (theo { $source })
status-no-file = Tệp cơ sở dữ liệu chưa tồn tại.
status-operator = Người vận hành: { $name } (theo { $source })
status-brand = Thương hiệu: { $brand }, vai trò { $role }
status-language = Ngôn ngữ: { $language } (theo { $source })
status-bot-configured = Bot { $bot }: đã thiết lập
status-bot-not-configured = Bot { $bot }: chưa thiết lập
source-flag = dòng lệnh
source-environment = biến môi trường { $name }
source-file = tệp cài đặt { $path }
source-profile = hồ sơ đang dùng { $path }
source-os-user = tên người dùng của bạn trên máy này
source-default = mặc định
config-value = { $key } = { $value } (theo { $source })
config-unset = { $key } chưa được đặt

## Thanh toán (người vận hành)

payment-kind-deposit = đặt cọc
payment-kind-balance = phần còn lại
payment-kind-commission = hoa hồng
payment-kind-bonus = thưởng
payment-status-scheduled = đã lên lịch
payment-status-due = đến hạn
payment-status-paid = đã trả
payment-status-cancelled = đã hủy
## Demo in the present
console-demo-stale = Cơ sở dữ liệu mẫu tại { $url } được tạo cho ngày { $day } nên các hạn chót đã qua. Chạy `linkstar demo --reseed` để tạo lại cho hôm nay.
console-demo-reseed-ask = Cơ sở dữ liệu mẫu tại { $url } được tạo cho ngày { $day }. Tạo lại cho hôm nay? Toàn bộ nội dung trong đó sẽ bị thay thế. [y/N]
console-demo-not-demo = Cơ sở dữ liệu tại { $url } chứa dữ liệu không thuộc bản mẫu nên bản mẫu không động đến nó. Hãy chỉ định một tệp mới bằng --db, hoặc bỏ --db để dùng cơ sở dữ liệu riêng của bản mẫu.
console-demo-reseed-file-only = Chỉ bản mẫu nằm trong tệp SQLite mới có thể tạo lại. Hãy tự làm trống { $url } rồi chạy lại `linkstar demo`.

## Operator dashboard (terminal)

# Bàn làm việc của bảng điều khiển: thương lượng, bài đăng, hủy, xác nhận, lý do trong biểu mẫu
dash-act-accept-counter = Chấp nhận đề xuất ngược
dash-act-counter-back = Trả lời bằng mức phí của bạn
dash-act-decline-counter = Từ chối đề xuất ngược
dash-act-verify-post = Xác minh bài đăng
dash-act-refuse-post = Từ chối liên kết bài đăng
dash-act-cancel-deal = Hủy hợp tác
dash-negotiation = Thương lượng
dash-their-counter = Đề xuất của nhà sáng tạo
dash-your-offer = Đề nghị của bạn
dash-round = Vòng
dash-answer-by = Trả lời trước
dash-history = Lịch sử
dash-hist-offer = đề nghị
dash-hist-counter = đề xuất ngược
dash-hist-counter-back = phản hồi của bạn
dash-hist-accepted = đã chấp nhận
dash-hist-declined = đã từ chối
dash-hist-counter-accepted = đã chấp nhận đề xuất ngược
dash-hist-counter-declined = đã từ chối đề xuất ngược
dash-hist-revised = đã sửa đề nghị
dash-post-link = Liên kết bài đăng
dash-amount = Số tiền
dash-your-fee = Mức phí của bạn
dash-note-optional = Ghi chú cho nhà sáng tạo (không bắt buộc)
dash-reason-creator = Lý do (nhà sáng tạo sẽ đọc)
dash-cancel-payments = Các khoản thanh toán sẽ ra sao
dash-pay-stays-paid = vẫn đã trả
dash-pay-already-cancelled = đã hủy từ trước
dash-pay-voided = bị hủy
dash-no-payments = Chưa có khoản thanh toán nào.
dash-confirm-hint = y hoặc Enter: thực hiện · n hoặc Esc: quay lại
dash-discard-title = Bỏ những gì bạn đã nhập?
dash-discard-hint = y: bỏ · n hoặc Esc: tiếp tục sửa
dash-form-hint-editor = Tab ô tiếp theo · Ctrl-S lưu · Esc hủy
dash-still-loading = Mục bạn chọn vẫn đang tải nên chưa có gì được thực hiện.
dash-nothing-selected = Chưa chọn gì nên chưa có gì được thực hiện.
dash-not-now = Không thể thực hiện ở giai đoạn này của hợp tác.
dash-done-counter-accepted = Đã chấp nhận đề xuất ngược. Nhà sáng tạo sẽ được báo.
dash-done-counter-sent = Mức phí của bạn đã được gửi cho nhà sáng tạo.
dash-done-counter-declined = Đã từ chối đề xuất ngược. Đề nghị của bạn vẫn giữ nguyên.
dash-done-post-verified = Đã xác minh bài đăng. Khoản còn lại đã được lên lịch.
dash-done-post-refused = Đã từ chối liên kết. Nhà sáng tạo sẽ được báo lý do.
dash-done-deal-cancelled = Đã hủy hợp tác.
dash-why-amount = Nhập số tiền kèm đơn vị tiền tệ, ví dụ 450 USD.
dash-why-currency = Hãy dùng đơn vị tiền tệ của đề nghị, { $currency }.
dash-why-date = Nhập ngày như 2026-12-01.
dash-why-number = Nhập một số nguyên, ví dụ 2.
dash-why-percent = Nhập tỷ lệ phần trăm từ 0,01 đến 100.
dash-why-deposit = Nhập tiền đặt cọc từ 0 đến 100 phần trăm.
dash-why-ends-before-start = Ngày kết thúc trước ngày bắt đầu.
dash-why-window = Khung đăng bài phải mở sau hạn nộp bản nháp và đóng sau khi mở.
dash-why-draft-due = Hạn nộp bản nháp phải sau hạn trả lời.
dash-why-countries = Mã quốc gia hai chữ cái, cách nhau bằng dấu phẩy, ví dụ VN, TH.
dash-why-languages = Mã ngôn ngữ, cách nhau bằng dấu phẩy, ví dụ vi-VN, en-US.
dash-why-hours = Từ 1 đến 8 mốc giờ khác nhau trong khoảng -720 đến 720, cách nhau bằng dấu phẩy, ví dụ 48, 24, -24.
dash-why-hour-range = Từ 1 đến 720 giờ.
dash-why-required = Ô này không được để trống.
dash-why-positive = Giá trị phải lớn hơn không.
dash-why-unknown = LinkStar không biết giá trị này ở đây.

dash-screen-deal = Hợp tác
dash-needs-you = Cần bạn xử lý
dash-all-clear = Hiện không có việc gì cần bạn xử lý.
dash-all-campaigns = Tất cả chiến dịch
dash-closed-stages = Đã kết thúc
dash-loading = Đang tải…
dash-empty = Không có gì để hiển thị.
dash-live = trực tiếp
dash-help-title = Phím tắt
dash-palette-title = Lệnh
dash-search = Tìm kiếm
dash-filters = Bộ lọc
dash-any = bất kỳ
dash-yes = có
dash-no = không
dash-caption = Chú thích
dash-checks = Kiểm tra tự động
dash-checks-passed = Mọi kiểm tra tự động đều đạt.
dash-file = Tệp
dash-text-only = Chỉ có chữ, không có tệp
dash-versions = Các phiên bản và góp ý
dash-notes = Góp ý cho nhà sáng tạo
dash-reference = Mã tham chiếu thanh toán
dash-terms = Điều khoản
dash-timeline = Dòng thời gian
dash-conversation = Tin nhắn gửi nhà sáng tạo
dash-brief = Mẫu brief
dash-product = Sản phẩm
dash-markets = Thị trường
dash-languages = Ngôn ngữ
dash-spend = Chi tiêu theo chiến dịch
dash-events-per-day = Sự kiện mỗi ngày, 30 ngày qua
dash-outbox = Hộp thư đi
dash-delivery = Gửi tin
dash-delivery-ok = Tin nhắn đang được gửi đi.
dash-delivery-behind = Có tin nhắn chờ hơn 5 phút. `linkstar serve` có đang chạy không?
dash-delivery-idle = Chưa gửi tin nhắn nào.
dash-editor-hint = Ctrl-S gửi · Esc hủy
dash-form-hint = Tab ô tiếp theo · Enter lưu · Esc hủy
dash-prompt-hint = Enter xác nhận · Esc hủy
dash-offer-title = Điều khoản đề nghị
dash-campaign-new = Chiến dịch mới
dash-campaign-edit = Sửa chiến dịch
dash-saved = Đã lưu.
dash-approved = Đã duyệt bản nháp. Nhà sáng tạo sẽ được báo.
dash-changes-sent = Đã yêu cầu chỉnh sửa. Nhà sáng tạo sẽ được báo.
dash-paid = Đã đánh dấu khoản thanh toán là đã trả.
dash-no-campaign = chưa chọn chiến dịch
dash-due = Đến hạn
dash-overdue = Quá hạn
dash-paid-tab = Đã trả
dash-fit-for = Độ phù hợp với
dash-publish-opens = Đăng từ
dash-publish-closes = Đăng trước
dash-offer-commission = Hoa hồng trên doanh số, % (để trống: không có)
dash-offer-ads-days = Dùng cho quảng cáo trả phí, số ngày (0: chỉ tự nhiên)
dash-name = Tên
dash-starts = Bắt đầu
dash-ends = Kết thúc
dash-reminder-offsets = Nhắc nhở (số giờ trước; số âm = sau hạn)
dash-revision-hours = Thời gian sửa bài (giờ)
dash-bad-value = Hãy kiểm tra ô này.
dash-refresh-failed = Không làm mới được, đang thử lại.
dash-actor-system = LinkStar (tự động)
dash-actor-team = Nhóm thương hiệu
dash-event-draft = Đã tải bản nháp
dash-event-payment-scheduled = Đã lên lịch thanh toán
dash-event-payment-paid = Đã thanh toán
dash-event-metrics = Đã ghi số liệu
dash-event-chat-linked = Đã kết nối chat
dash-event-other = Thay đổi khác
col-creator = Nhà sáng tạo
col-campaign = Chiến dịch
col-stage = Giai đoạn
col-fee = Thù lao
col-due = Hạn
col-updated = Cập nhật
col-country = Quốc gia
col-followers = Người theo dõi
col-engagement = Tương tác
col-tier = Quy mô
col-fit = Độ phù hợp
col-handle = Tài khoản
col-flags = Rủi ro
col-status = Trạng thái
col-amount = Số tiền
col-kind = Loại
col-reference = Mã tham chiếu
col-budget = Ngân sách
col-committed = Đã cam kết
col-paid = Đã trả
col-delivered = Đã giao
col-dates = Thời gian
col-version = Phiên bản
col-sla = Duyệt trước
col-message = Tin nhắn
col-recipient = Gửi đến
col-deals = Hợp tác
col-views = Lượt xem
col-clicks = Lượt nhấp
col-conversions = Đơn bán
col-revenue = Doanh thu
col-when = Khi nào
col-who = Ai
col-what = Việc gì
col-pending = Đang chờ
col-sent = Đã gửi
col-failed = Thất bại
col-unreachable = Không liên lạc được
filter-platform = Nền tảng
filter-language = Ngôn ngữ
filter-category = Danh mục
filter-min-followers = Người theo dõi từ
filter-max-followers = Người theo dõi đến
filter-min-engagement = Tương tác từ (%)
filter-exclude-risky = Ẩn nhà sáng tạo có rủi ro
filter-pool-status = Trạng thái trong danh sách
filter-text = Tên hoặc tài khoản
role-admin = quản trị
role-manager = quản lý
role-reviewer = người duyệt
role-finance = kế toán
role-viewer = chỉ xem
campaign-draft = đang chuẩn bị
campaign-active = đang chạy
campaign-closed = đã kết thúc
payment-deposit = đặt cọc
payment-balance = phần còn lại
payment-commission = hoa hồng
payment-bonus = thưởng
payment-scheduled = đã lên lịch
payment-due = đến hạn
payment-paid = đã trả
payment-cancelled = đã hủy
action-quit = Thoát
action-help = Xem phím tắt
action-palette = Bảng lệnh
action-search = Tìm kiếm
action-next-view = Màn hình tiếp
action-prev-view = Màn hình trước
action-up = Lên
action-down = Xuống
action-left = Sang trái
action-right = Sang phải
action-page-up = Trang trước
action-page-down = Trang sau
action-open = Mở
action-back = Quay lại
action-approve = Duyệt bản nháp
action-request-changes = Yêu cầu chỉnh sửa
action-mark-paid = Đánh dấu đã trả
action-select = Chọn hoặc bỏ chọn
action-make-offer = Gửi đề nghị cho người đã chọn
action-campaign = Chiến dịch tiếp theo
action-filters = Lọc
action-new-campaign = Tạo chiến dịch
action-edit-campaign = Sửa chiến dịch này
action-refresh = Làm mới
action-go = Đến màn hình
count-drafts-waiting = { $count } bản nháp đang chờ
count-reviews-overdue = { $count } lượt duyệt quá hạn
count-counters = { $count } đề nghị giá mới
count-payments-overdue = { $count } khoản thanh toán quá hạn
count-selected = Đã chọn { $count }
count-offers-sent = Đã gửi { $count } đề nghị.
count-offers-refused = { $count } bị từ chối:

## Thời hạn: thêm nhắc nhở, cảnh báo cho nhóm, việc đã lên lịch và lệnh "reminders"

time-now = bây giờ
reminder-revision-due = Nhắc nhở: bản nháp đã chỉnh sửa của bạn cho { $campaign } cần nộp trước { $due } ({ $left }).
reminder-publish-opens = Tin vui: khung thời gian đăng bài của { $campaign } mở vào { $due } ({ $left }). Từ lúc đó bạn có thể đăng nội dung đã được duyệt.
notice-payment-due = Thanh toán cho thỏa thuận #{ $deal } ({ $creator }): { $amount }, đến hạn { $due } ({ $left }).
notice-draft-overdue = Thỏa thuận #{ $deal }: { $creator } chưa gửi bản nháp đến hạn { $due } ({ $left }).
notice-post-overdue = Thỏa thuận #{ $deal }: { $creator } chưa đăng bài; khung thời gian đăng bài đã đóng vào { $due } ({ $left }).
notice-review-overdue = Bản nháp của { $creator } cho thỏa thuận #{ $deal } đã chờ quá thời hạn duyệt { $hours } giờ. Vui lòng duyệt bản nháp.
deadline-respond_by = trả lời đề nghị
deadline-draft_due = hạn nộp bản nháp
deadline-revision_due = hạn nộp bản chỉnh sửa
deadline-publish_opens = mở khung đăng bài
deadline-publish_by = hạn đăng bài
deadline-payment_due = hạn thanh toán
scheduled-remind = Nhắc nhở: { $deadline }
scheduled-remind-payment = Nhắc nhóm về thanh toán
scheduled-expire = Đề nghị hết hạn
scheduled-auto-approve = Tự động duyệt
scheduled-review-overdue = Cảnh báo cho nhóm: duyệt quá hạn
scheduled-overdue = Đánh dấu quá hạn: { $deadline }
cli-reminders-planned = Đã kiểm tra { $deals } thỏa thuận chưa có nhắc nhở; đã lên lịch { $rows } nhắc nhở.
cli-reminders-listed = { $count } nhắc nhở đang chờ.
cli-reminders-deal = Thỏa thuận { $deal }
dash-reminders = Nhắc nhở
dash-event-overdue = Trễ hạn
dash-event-reminder = Đã gửi nhắc nhở
count-deals-overdue = { $count } thỏa thuận quá hạn
