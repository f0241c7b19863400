import { Body, Controller, Headers, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiErrors } from '../common/http/api-error-responses';
import { ACCOUNT_THROTTLER, CLIENT_THROTTLER, rateLimitHeaders } from './auth-throttling';
import { AuthService } from './auth.service';
import { Public } from './decorators/public.decorator';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthResponseDto } from './dto/user.dto';

/** A sign-up names a new account: only the per-client limit applies. */
const REGISTER_LIMITS = [CLIENT_THROTTLER];
const LOGIN_LIMITS = [ACCOUNT_THROTTLER, CLIENT_THROTTLER];

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('register')
  @ApiOperation({
    summary: 'Sign up as a candidate or an employer',
    description:
      'Anyone; staff accounts come from configuration only. Mails a link to confirm the e-mail address (the account works before that). Rate limited per client address.',
  })
  @ApiHeader({
    name: 'accept-language',
    required: false,
    schema: { type: 'string', maxLength: 1000 },
    description: 'Chooses the language of the account’s mails when the body names none',
  })
  @ApiCreatedResponse({
    type: AuthResponseDto,
    description: 'The new account and its access token',
    headers: rateLimitHeaders(REGISTER_LIMITS),
  })
  @ApiErrors(
    { status: 400, headers: rateLimitHeaders(REGISTER_LIMITS) },
    {
      status: 409,
      description: 'An account with this e-mail address exists (whatever its case)',
      headers: rateLimitHeaders(REGISTER_LIMITS),
    },
    { status: 429, headers: rateLimitHeaders(REGISTER_LIMITS, { retryAfter: true }) },
  )
  register(@Body() body: RegisterDto, @Headers('accept-language') acceptLanguage?: string): Promise<AuthResponseDto> {
    return this.auth.register({ ...body, acceptLanguage });
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description: 'Anyone. Rate limited per client address and e-mail, and per client address.',
  })
  @ApiOkResponse({ type: AuthResponseDto, description: 'The account and a fresh access token', headers: rateLimitHeaders(LOGIN_LIMITS) })
  @ApiErrors(
    { status: 400, headers: rateLimitHeaders(LOGIN_LIMITS) },
    { status: 401, description: 'Wrong e-mail or password (the same answer for both)', headers: rateLimitHeaders(LOGIN_LIMITS) },
    { status: 429, headers: rateLimitHeaders(LOGIN_LIMITS, { retryAfter: true }) },
  )
  login(@Body() body: LoginDto): Promise<AuthResponseDto> {
    return this.auth.login(body);
  }
}
