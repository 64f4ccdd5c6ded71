# LinkStar — ภาษาไทย จำนวนเงิน วันที่ และตัวเลขจำนวนมากถูกจัดรูปแบบตามภาษาของผู้อ่านมาแล้ว

## การแจ้งเตือนถึงครีเอเตอร์

notice-invite =
    ขอเชิญคุณร่วมแคมเปญ { $campaign }! โปรโมต { $product } โดยได้รับค่าตอบแทน { $fee }
    กรุณาตอบกลับภายใน { $respond_by }
notice-offer-revised =
    ข้อเสนอของแคมเปญ { $campaign } มีการเปลี่ยนแปลง: { $changed } ค่าตอบแทนตอนนี้คือ { $fee }
    กรุณาตรวจสอบและยืนยันรับข้อเสนออีกครั้งภายใน { $respond_by }
notice-contract-confirmed =
    เรียบร้อยแล้วสำหรับแคมเปญ { $campaign }: บันทึกการยอมรับของคุณแล้ว และเงื่อนไขทั้งหมดเป็นที่สิ้นสุด กรุณาส่งดราฟต์แรกภายใน { $draft_due }
    เลขอ้างอิงเงื่อนไข: { $terms_hash }
notice-changes-requested =
    แบรนด์ขอให้แก้ไขดราฟต์ของคุณสำหรับแคมเปญ { $campaign } (แก้ไขครั้งที่ { $round } จาก { $rounds } ครั้ง):
    { $notes }
notice-draft-approved = ข่าวดี! ดราฟต์ของคุณสำหรับแคมเปญ { $campaign } ได้รับการอนุมัติแล้ว กรุณาโพสต์ระหว่าง { $publish_opens } ถึง { $publish_closes } และอย่าลืมระบุว่าเป็นโฆษณา
notice-draft-approved-tracking = กรุณาใช้ลิงก์ติดตามนี้ในโพสต์ของคุณ: { $link }
notice-post-verified = โพสต์ของคุณสำหรับแคมเปญ { $campaign } ได้รับการตรวจสอบแล้ว ขอบคุณมาก!
notice-payment-scheduled = มีการนัดชำระเงินจำนวน { $amount } ในวันที่ { $due }
notice-payment-paid = เราได้โอนเงิน { $amount } ให้คุณแล้ว เลขอ้างอิงการชำระเงิน: { $reference }
notice-deal-cancelled = แบรนด์ได้ยกเลิกความร่วมมือในแคมเปญ { $campaign } ขออภัยที่แผนมีการเปลี่ยนแปลง
notice-invite-expired = ข้อเสนอของแคมเปญ { $campaign } หมดอายุแล้ว เนื่องจากเราไม่ได้รับคำตอบภายในเวลาที่กำหนด

## การแจ้งเตือนถึงทีมงาน

notice-counter-received = { $creator } เสนอค่าตอบแทน { $fee } สำหรับดีล #{ $deal }
notice-offer-declined = { $creator } ปฏิเสธข้อเสนอของดีล #{ $deal }
notice-draft-submitted = { $creator } ส่งดราฟต์เวอร์ชัน { $version } สำหรับดีล #{ $deal } แล้ว รอให้คุณตรวจสอบ
notice-post-submitted = { $creator } ส่งลิงก์โพสต์ที่เผยแพร่แล้วสำหรับดีล #{ $deal }: { $url }

## เงื่อนไขที่อาจเปลี่ยนในข้อเสนอที่แก้ไข

term-deliverables = ชิ้นงานที่ต้องส่ง
term-fee = ค่าตอบแทน
term-payment_model = รูปแบบการจ่ายเงิน
term-deposit_pct = เงินมัดจำ
term-usage_rights = สิทธิ์การใช้งาน
term-exclusivity_days = ระยะเวลาผูกขาด
term-respond_by = กำหนดตอบกลับ
term-draft_due = กำหนดส่งดราฟต์
term-publish_window = ช่วงเวลาโพสต์
term-revision_rounds = จำนวนครั้งที่แก้ไขได้
term-review_sla_hours = ระยะเวลาตรวจของแบรนด์
term-min_live_days = จำนวนวันที่โพสต์ต้องอยู่
term-other = เงื่อนไขอื่น ๆ

## ข้อผิดพลาด ตามรหัสคงที่

error-illegal-transition = ไม่สามารถทำรายการนี้ได้ในขั้นตอนปัจจุบันของดีล
error-revision-rounds-exhausted = ใช้สิทธิ์แก้ไขที่รวมอยู่ในสัญญาครบแล้ว
error-payment-before-verification = การชำระเงินนี้ทำได้หลังจากโพสต์ได้รับการตรวจสอบแล้วเท่านั้น
error-payments-open = ดีลนี้ยังมีการชำระเงินที่ค้างอยู่
error-terms-changed = เงื่อนไขมีการเปลี่ยนแปลงหลังจากที่คุณดู กรุณาตรวจสอบข้อเสนอใหม่และยืนยันอีกครั้ง
error-invalid-value = ข้อมูลบางอย่างดูไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่อีกครั้ง
error-brief-template-invalid = เทมเพลตบรีฟมีข้อผิดพลาด กรุณาตรวจสอบตัวแปรในเทมเพลต
error-post-link-not-a-url = ข้อความนี้ดูไม่ใช่ลิงก์ กรุณาส่งที่อยู่เต็มของโพสต์
error-post-link-wrong-platform = ลิงก์นี้มาจากแพลตฟอร์มที่ต่างจากที่ระบุในดีลของคุณ
error-post-link-wrong-account = โพสต์นี้มาจากบัญชีอื่น กรุณาส่งลิงก์โพสต์จากบัญชีของคุณเอง
error-post-link-already-used = ลิงก์โพสต์นี้ถูกส่งไปแล้วสำหรับดีลอื่น
error-not-found = ไม่พบรายการนี้ อาจถูกลบไปแล้ว
error-not-your-deal = ดีลนี้เป็นของผู้อื่น
error-token-unknown = ลิงก์คำเชิญนี้ไม่ถูกต้อง กรุณาตรวจสอบว่าคัดลอกมาครบถ้วน
error-token-used = ลิงก์คำเชิญนี้ถูกใช้ไปแล้ว หากไม่ใช่คุณ กรุณาติดต่อแบรนด์
error-token-expired = ลิงก์คำเชิญนี้หมดอายุแล้ว กรุณาขอลิงก์ใหม่จากแบรนด์
error-forbidden = คุณไม่มีสิทธิ์ทำรายการนี้
error-duplicate = มีรายการนี้อยู่แล้ว
error-storage = ระบบของเราขัดข้อง กรุณาลองใหม่อีกครั้งในอีกสักครู่
error-unknown = ขออภัย เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง

## การตรวจดราฟต์อัตโนมัติ

check-missing-disclosure = แคปชันของคุณยังไม่ได้ระบุว่าเป็นโฆษณา: กรุณาเพิ่ม { $accepted } ก่อนโพสต์
check-missing-hashtag = แคปชันของคุณยังขาดแฮชแท็ก { $tag }
check-missing-mention = แคปชันของคุณยังไม่ได้กล่าวถึง { $handle }
check-forbidden-claim = แคปชันของคุณมีข้อความกล่าวอ้างที่แบรนด์ใช้ไม่ได้: "{ $claim }" กรุณาลบออก
check-caption-too-long = แคปชันของคุณมี { $chars } ตัวอักษร แต่จำกัดไว้ที่ { $max } ตัวอักษร
check-file-empty = ไฟล์ที่ได้รับว่างเปล่า กรุณาส่งใหม่อีกครั้ง
check-file-too-large = ไฟล์นี้มีขนาด { $size } MB แต่จำกัดไว้ที่ { $max } MB
check-file-type = ไม่รองรับไฟล์ประเภทนี้ กรุณาส่งเป็น { $allowed }

## ขั้นตอนของดีล

stage-offered = ส่งข้อเสนอแล้ว
stage-negotiating = กำลังต่อรอง
stage-contracted = ทำสัญญาแล้ว
stage-in_review = กำลังตรวจสอบ
stage-changes_requested = รอแก้ไข
stage-approved = อนุมัติแล้ว
stage-published = โพสต์แล้ว
stage-verified = ตรวจสอบแล้ว
stage-completed = เสร็จสมบูรณ์
stage-removed = ลบก่อนกำหนด
stage-declined = ปฏิเสธแล้ว
stage-expired = หมดอายุ
stage-cancelled = ยกเลิกแล้ว

## การเตือนความจำ

time-left-days = เหลืออีก { $days } วัน
time-left-hours = เหลืออีก { $hours } ชั่วโมง
time-left-overdue = เลยกำหนดแล้ว
reminder-respond-by = แจ้งเตือน: กรุณาตอบข้อเสนอของแคมเปญ { $campaign } ภายใน { $due } ({ $left })
reminder-draft-due = แจ้งเตือน: ดราฟต์ของคุณสำหรับแคมเปญ { $campaign } ครบกำหนดส่ง { $due } ({ $left })
reminder-publish-by = แจ้งเตือน: กรุณาโพสต์ผลงานสำหรับแคมเปญ { $campaign } ภายใน { $due } ({ $left })

## ปุ่ม คำสั่ง และหน้าจอ

button-accept = ยอมรับ
button-decline = ปฏิเสธ
button-propose-fee = เสนอค่าตอบแทน
button-read-brief = อ่านบรีฟฉบับเต็ม
command-link = เชื่อมแชตนี้กับคำเชิญ LinkStar ของคุณ
command-status = ดีล กำหนดส่ง และการชำระเงินของคุณ
command-help = ขั้นตอนถัดไปที่ต้องทำ
command-language = เปลี่ยนภาษา
screen-pipeline = ภาพรวมดีล
screen-campaigns = แคมเปญ
screen-creators = ครีเอเตอร์
screen-review = คิวตรวจงาน
screen-payments = การชำระเงิน
screen-reports = รายงาน
screen-activity = กิจกรรม

## ชื่อภาษา ในภาษาของตัวเอง (เหมือนกันทุกไฟล์)

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
language-changed = เรียบร้อย! ภาษาที่เลือก: { $language } ต่อจากนี้จะส่งข้อความถึงคุณเป็นภาษานี้

## Operator dashboard (terminal)

dash-screen-deal = งานร่วม
dash-needs-you = รอคุณจัดการ
dash-all-clear = ตอนนี้ไม่มีงานที่รอคุณ
dash-all-campaigns = ทุกแคมเปญ
dash-closed-stages = ปิดแล้ว
dash-loading = กำลังโหลด…
dash-empty = ไม่มีข้อมูลที่จะแสดง
dash-live = สด
dash-help-title = ปุ่มลัด
dash-palette-title = คำสั่ง
dash-search = ค้นหา
dash-filters = ตัวกรอง
dash-any = ทั้งหมด
dash-yes = ใช่
dash-no = ไม่
dash-caption = แคปชัน
dash-checks = การตรวจอัตโนมัติ
dash-checks-passed = ผ่านการตรวจอัตโนมัติทุกข้อ
dash-file = ไฟล์
dash-text-only = ข้อความอย่างเดียว ไม่มีไฟล์
dash-versions = เวอร์ชันและความเห็น
dash-notes = ความเห็นถึงครีเอเตอร์
dash-reference = เลขอ้างอิงการโอน
dash-terms = เงื่อนไข
dash-timeline = ลำดับเหตุการณ์
dash-conversation = ข้อความถึงครีเอเตอร์
dash-brief = เทมเพลตบรีฟ
dash-product = สินค้า
dash-markets = ตลาด
dash-languages = ภาษา
dash-spend = ค่าใช้จ่ายตามแคมเปญ
dash-events-per-day = เหตุการณ์ต่อวัน 30 วันล่าสุด
dash-outbox = กล่องขาออก
dash-delivery = การส่งข้อความ
dash-delivery-ok = ข้อความกำลังถูกส่ง
dash-delivery-behind = มีข้อความรอเกิน 5 นาที `linkstar serve` ทำงานอยู่หรือไม่
dash-delivery-idle = ยังไม่มีการส่งข้อความ
dash-editor-hint = Ctrl-S ส่ง · Esc ยกเลิก
dash-form-hint = Tab ช่องถัดไป · Enter บันทึก · Esc ยกเลิก
dash-prompt-hint = Enter ยืนยัน · Esc ยกเลิก
dash-offer-title = เงื่อนไขข้อเสนอ
dash-campaign-new = แคมเปญใหม่
dash-campaign-edit = แก้ไขแคมเปญ
dash-saved = บันทึกแล้ว
dash-approved = อนุมัติดราฟต์แล้ว ระบบจะแจ้งครีเอเตอร์
dash-changes-sent = ขอแก้ไขแล้ว ระบบจะแจ้งครีเอเตอร์
dash-paid = ทำเครื่องหมายว่าจ่ายแล้ว
dash-no-campaign = ยังไม่ได้เลือกแคมเปญ
dash-due = ถึงกำหนด
dash-overdue = เลยกำหนด
dash-paid-tab = จ่ายแล้ว
dash-fit-for = ความเหมาะสมกับ
dash-publish-opens = เริ่มโพสต์ได้
dash-publish-closes = โพสต์ได้ถึง
dash-name = ชื่อ
dash-starts = เริ่ม
dash-ends = สิ้นสุด
dash-bad-value = โปรดตรวจสอบช่องนี้
dash-refresh-failed = รีเฟรชไม่สำเร็จ กำลังลองใหม่
dash-actor-system = LinkStar (อัตโนมัติ)
dash-actor-team = ทีมแบรนด์
dash-event-draft = อัปโหลดดราฟต์
dash-event-payment-scheduled = กำหนดการจ่ายเงิน
dash-event-payment-paid = จ่ายเงินแล้ว
dash-event-metrics = บันทึกตัวเลข
dash-event-chat-linked = เชื่อมแชตแล้ว
dash-event-other = การเปลี่ยนแปลงอื่น
col-creator = ครีเอเตอร์
col-campaign = แคมเปญ
col-stage = ขั้นตอน
col-fee = ค่าตอบแทน
col-due = กำหนด
col-updated = อัปเดต
col-country = ประเทศ
col-followers = ผู้ติดตาม
col-engagement = เอนเกจเมนต์
col-tier = ขนาด
col-fit = ความเหมาะสม
col-handle = บัญชี
col-flags = ความเสี่ยง
col-status = สถานะ
col-amount = จำนวนเงิน
col-kind = ประเภท
col-reference = เลขอ้างอิง
col-budget = งบประมาณ
col-committed = ผูกพันแล้ว
col-paid = จ่ายแล้ว
col-delivered = ส่งงานแล้ว
col-dates = ช่วงเวลา
col-version = เวอร์ชัน
col-sla = ตรวจภายใน
col-message = ข้อความ
col-recipient = ถึง
col-deals = งานร่วม
col-views = ยอดวิว
col-clicks = คลิก
col-conversions = ยอดขาย
col-revenue = รายได้
col-when = เมื่อ
col-who = ใคร
col-what = อะไร
col-pending = รอส่ง
col-sent = ส่งแล้ว
col-failed = ล้มเหลว
col-unreachable = ติดต่อไม่ได้
filter-platform = แพลตฟอร์ม
filter-language = ภาษา
filter-category = หมวดหมู่
filter-min-followers = ผู้ติดตามตั้งแต่
filter-max-followers = ผู้ติดตามไม่เกิน
filter-min-engagement = เอนเกจเมนต์ตั้งแต่ (%)
filter-exclude-risky = ซ่อนครีเอเตอร์ที่มีความเสี่ยง
filter-pool-status = สถานะในรายชื่อ
filter-text = ชื่อหรือบัญชี
role-admin = ผู้ดูแลระบบ
role-manager = ผู้จัดการ
role-reviewer = ผู้ตรวจ
role-finance = การเงิน
role-viewer = ดูอย่างเดียว
campaign-draft = กำลังเตรียม
campaign-active = กำลังดำเนินการ
campaign-closed = ปิดแล้ว
payment-deposit = มัดจำ
payment-balance = ส่วนที่เหลือ
payment-commission = ค่าคอมมิชชัน
payment-bonus = โบนัส
payment-scheduled = ตั้งเวลาแล้ว
payment-due = ถึงกำหนด
payment-paid = จ่ายแล้ว
payment-cancelled = ยกเลิก
action-quit = ออก
action-help = แสดงปุ่มลัด
action-palette = แผงคำสั่ง
action-search = ค้นหา
action-next-view = หน้าถัดไป
action-prev-view = หน้าก่อนหน้า
action-up = ขึ้น
action-down = ลง
action-left = ซ้าย
action-right = ขวา
action-page-up = หน้าก่อน
action-page-down = หน้าต่อไป
action-open = เปิด
action-back = กลับ
action-approve = อนุมัติดราฟต์
action-request-changes = ขอแก้ไข
action-mark-paid = ทำเครื่องหมายว่าจ่ายแล้ว
action-select = เลือกหรือยกเลิก
action-make-offer = ส่งข้อเสนอให้คนที่เลือก
action-campaign = แคมเปญถัดไป
action-filters = กรอง
action-new-campaign = สร้างแคมเปญ
action-edit-campaign = แก้ไขแคมเปญนี้
action-refresh = รีเฟรช
action-go = ไปที่หน้า
count-drafts-waiting = ดราฟต์รอตรวจ { $count } ชิ้น
count-reviews-overdue = การตรวจเลยกำหนด { $count } รายการ
count-counters = ข้อเสนอต่อรอง { $count } รายการ
count-payments-overdue = การจ่ายเงินเลยกำหนด { $count } รายการ
count-selected = เลือกแล้ว { $count } คน
count-offers-sent = ส่งข้อเสนอแล้ว { $count } รายการ
count-offers-refused = ส่งไม่ได้ { $count } รายการ:
