package vn.neuguong.commendation;

import java.time.LocalDate;

/**
 * What one certificate of an award prints (Giấy khen, Bằng khen, Biểu dương), in the party's layout: the heading of
 * the issuing committee under its superior, "ĐẢNG CỘNG SẢN VIỆT NAM", the award's title, the awardee and the
 * achievement, the decision's number and date, the place and date line, the signature block, and the verification
 * code with the address its QR code opens.
 *
 * @param superiorName the party organization above the issuer ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"); null at the top
 * @param issuerName the issuing committee ("Quận ủy Thanh Xuân")
 * @param awardTitle the form's title in capitals ("GIẤY KHEN")
 * @param awardeeName "Đảng ủy phường Khương Đình", "Đồng chí Nguyễn Thị Hoa"
 * @param awardeeDetails the member's cell, or what identifies a person outside the party; may be null
 * @param decisionNumber "125-QĐ/QU"
 * @param place the place of the date line ("Thanh Xuân")
 * @param onBehalf "T/M BAN THƯỜNG VỤ"; may be null
 * @param signerPost "BÍ THƯ"
 * @param signerName may be null when the decision names no signer
 * @param verificationUrl the public page the QR code opens
 */
public record Certificate(
        String superiorName,
        String issuerName,
        String awardTitle,
        String awardeeName,
        String awardeeDetails,
        String achievement,
        String decisionNumber,
        LocalDate decidedOn,
        String place,
        String onBehalf,
        String signerPost,
        String signerName,
        String verificationCode,
        String verificationUrl) {}
