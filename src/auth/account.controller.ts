import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiErrors } from '../common/http/api-error-responses';
import { AccountService } from './account.service';
import { ACCOUNT_THROTTLER, CLIENT_THROTTLER, rateLimitHeaders } from './auth-throttling';
import type { AuthenticatedUser, SessionToken } from './authenticated-user';
import { CurrentSessionToken } from './decorators/current-session-token.decorator';
import { CurrentUser } from './decorators/current-user.decorator';
import { Public } from './decorators/public.decorator';
import {
  AccessTokenDto,
  AccountDto,
  ChangePasswordDto,
  PasswordResetAcceptedDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  UpdateAccountDto,
  VerifyEmailDto,
} from './dto/account.dto';

/** Routes that name no account (a link's token): the per-client limit. */
const CLIENT_LIMITS = [CLIENT_THROTTLER];
/** A reset request names an account by its e-mail: per client and e-mail, and per client. */
const RESET_LIMITS = [ACCOUNT_THROTTLER, CLIENT_THROTTLER];

/** The signed-in account, e-mail verification, password reset and change, signing out. */
@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in account', description: 'Any signed-in account.' })
  @ApiOkResponse({ type: AccountDto, description: 'Who the access token belongs to, with the mail settings' })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthenticatedUser): Promise<AccountDto> {
    return this.account.me(user);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Change the language of mails and whether notifications are mailed', description: 'Any signed-in account.' })
  @ApiOkResponse({ type: AccountDto, description: 'The updated account' })
  @ApiErrors(400, 401)
  updateMe(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateAccountDto): Promise<AccountDto> {
    return this.account.updateSettings(user, body);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('verify-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Confirm the e-mail address with the token of the verification mail',
    description: 'Anyone (the link is the proof). Single use. Rate limited per client address.',
  })
  @ApiNoContentResponse({ description: 'The address is confirmed', headers: rateLimitHeaders(CLIENT_LIMITS) })
  @ApiErrors(
    { status: 400, description: 'The token is unknown, already used or expired (`token` named)', headers: rateLimitHeaders(CLIENT_LIMITS) },
    { status: 429, headers: rateLimitHeaders(CLIENT_LIMITS, { retryAfter: true }) },
  )
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.account.verifyEmail(body.token);
  }

  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('verify-email/resend')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Send the verification mail again',
    description: 'Any signed-in account; nothing is sent for a confirmed address. Rate limited per client address.',
  })
  @ApiNoContentResponse({
    description: 'A new link is on its way (or the address is confirmed already)',
    headers: rateLimitHeaders(CLIENT_LIMITS),
  })
  @ApiErrors(401, { status: 429, headers: rateLimitHeaders(CLIENT_LIMITS, { retryAfter: true }) })
  async resendVerification(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.account.resendVerification(user);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask for a link to choose a new password',
    description:
      'Anyone. The same answer whether or not an account has this address; if one has, it gets a link that works once, for one hour. Rate limited per client address and e-mail, and per client address.',
  })
  @ApiAcceptedResponse({
    type: PasswordResetAcceptedDto,
    description: 'Taken (whether or not the account exists)',
    headers: rateLimitHeaders(RESET_LIMITS),
  })
  @ApiErrors(
    { status: 400, headers: rateLimitHeaders(RESET_LIMITS) },
    { status: 429, headers: rateLimitHeaders(RESET_LIMITS, { retryAfter: true }) },
  )
  requestPasswordReset(@Body() body: PasswordResetRequestDto): PasswordResetAcceptedDto {
    return this.account.requestPasswordReset(body.email);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Choose a new password with the token of the reset mail',
    description:
      'Anyone (the link is the proof). Single use. Every access token issued before stops working; the new password signs in. Rate limited per client address.',
  })
  @ApiNoContentResponse({
    description: 'The password is changed; every earlier session has ended',
    headers: rateLimitHeaders(CLIENT_LIMITS),
  })
  @ApiErrors(
    {
      status: 400,
      description: 'The token is unknown, already used or expired (`token` named), or the password breaks the rules',
      headers: rateLimitHeaders(CLIENT_LIMITS),
    },
    { status: 429, headers: rateLimitHeaders(CLIENT_LIMITS, { retryAfter: true }) },
  )
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.account.confirmPasswordReset(body.token, body.password);
  }

  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Change the password',
    description:
      'Any signed-in account, with its current password. Every other session ends; this one goes on with the new token. Rate limited per client address.',
  })
  @ApiOkResponse({ type: AccessTokenDto, description: 'A new access token for this session', headers: rateLimitHeaders(CLIENT_LIMITS) })
  @ApiErrors(
    { status: 400, description: '`currentPassword` is wrong, or `newPassword` breaks the rules', headers: rateLimitHeaders(CLIENT_LIMITS) },
    401,
    { status: 429, headers: rateLimitHeaders(CLIENT_LIMITS, { retryAfter: true }) },
  )
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<AccessTokenDto> {
    return this.account.changePassword(user, body.currentPassword, body.newPassword);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Sign out',
    description: 'Any signed-in account. This access token answers 401 from now on, on every instance; other sessions stay.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors(401)
  async logout(@CurrentUser() user: AuthenticatedUser, @CurrentSessionToken() token: SessionToken): Promise<void> {
    await this.account.logout(user, token);
  }
}
